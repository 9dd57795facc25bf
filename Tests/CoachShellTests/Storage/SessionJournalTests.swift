@testable import CoachShell
import Foundation
import SystemPackage
import Testing

@Suite struct SessionJournalTests {
    @Test func linesAppendedAreReadBackInOrder() throws {
        let scratch = try Scratch()
        let journal = try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: true)
        for line in ["The soup was cold.", "", "calm", "multi \"quoted\" \\ line"] { try journal.append(line) }
        try journal.sync()
        journal.close()
        let found = try JournalReader.read(journal.path)
        #expect(found.session == SavedSession(explain: true, lines: ["The soup was cold.", "", "calm", "multi \"quoted\" \\ line"]))
        #expect(!found.torn)
    }

    @Test func aJournalIsPrivateToTheOwner() throws {
        let scratch = try Scratch()
        let journal = try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false)
        journal.close()
        #expect(try scratch.permissions("20261130-101500-1.journal") == 0o600)
    }

    @Test func aRecordCutOffByACrashIsDroppedAndSaidSo() throws {
        let scratch = try Scratch()
        let path = try scratch.write("20261130-101500-1.journal", "{\"review-coach-session\":2,\"explain\":false}\n\"calm\"\n\"ye")
        let found = try JournalReader.read(path)
        #expect(found.session.lines == ["calm"])
        #expect(found.torn)
    }

    @Test func carryingOnATornJournalCutsTheTornRecordFirst() throws {
        let scratch = try Scratch()
        let path = try scratch.write("20261130-101500-1.journal", "{\"review-coach-session\":2,\"explain\":false}\n\"calm\"\n\"ye")
        let found = try JournalReader.read(path)
        let journal = try SessionJournal.reopen(path: path, wholeBytes: found.wholeBytes)
        try journal.append("yes")
        journal.close()
        #expect(try JournalReader.read(path).session.lines == ["calm", "yes"])
    }

    @Test func aJournalOfAnotherVersionIsRefused() throws {
        let scratch = try Scratch()
        let path = try scratch.write("20261130-101500-1.journal", "{\"review-coach-session\":3,\"explain\":false}\n\"calm\"\n")
        let error = #expect(throws: ShellError.self) { try JournalReader.read(path) }
        #expect(error?.description.contains("format (3)") == true)
    }

    @Test func aSessionOfVersionOneIsStillRead() throws {
        let scratch = try Scratch()
        let path = try scratch.write("20261130-101500-1.json", "{\"version\":1,\"explain\":false,\"lines\":[\"x\",\"\"]}")
        #expect(try JournalReader.read(path).session.lines == ["x", ""])
    }

    @Test func aJournalHeldByARunningSessionCannotBeCarriedOn() throws {
        let scratch = try Scratch()
        let running = try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false)
        defer { running.close() }
        let error = #expect(throws: ShellError.self) { try SessionJournal.reopen(path: running.path, wholeBytes: 0) }
        #expect(error?.description.contains("open in another review-coach") == true)
    }

    @Test func theNewestSessionIsChosenByTheTimeItStarted() throws {
        let scratch = try Scratch()
        let header = "{\"review-coach-session\":2,\"explain\":false}\n"
        try scratch.write("20261130-090000-99.journal", header + "\"old\"\n")
        try scratch.write("20261130-101500-1.journal", header + "\"new\"\n")
        try scratch.write("notes.journal", header + "\"not ours\"\n")
        #expect(try JournalReader.newest(in: scratch.path)?.session.lines == ["new"])
    }

    @Test func anUnreadableNewestSessionIsAnErrorNotAnOlderSession() throws {
        let scratch = try Scratch()
        try scratch.write("20261130-090000-99.journal", "{\"review-coach-session\":2,\"explain\":false}\n\"old\"\n")
        try scratch.write("20261130-101500-1.journal", "")
        let error = #expect(throws: ShellError.self) { try JournalReader.newest(in: scratch.path) }
        #expect(error?.description.contains("could not be saved") == true)
    }

    @Test func aSessionsFolderThatIsALinkIsNotRead() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("elsewhere"), withIntermediateDirectories: true)
        try scratch.link("sessions", to: scratch.file("elsewhere"))
        #expect(throws: ShellError.self) { try JournalReader.newest(in: scratch.file("sessions")) }
    }

    @Test func aLeftOutLineIsRebuiltAsALineOfTheSameSize() throws {
        let scratch = try Scratch()
        let journal = try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false)
        try journal.append(.leftOut(bytes: 12))
        journal.close()
        #expect(try JournalReader.read(journal.path).session.lines == [String(repeating: "x", count: 12)])
        #expect(try !String(contentsOfFile: journal.path, encoding: .utf8).contains("xxxx"))
    }

    @Test func sessionsStartedInTheSameSecondSortByProcessNumber() throws {
        let scratch = try Scratch()
        let header = "{\"review-coach-session\":2,\"explain\":false}\n"
        try scratch.write("20261130-101500-9999.journal", header + "\"older\"\n")
        try scratch.write("20261130-101500-15212.journal", header + "\"newer\"\n")
        #expect(try JournalReader.newest(in: scratch.path)?.session.lines == ["newer"])
    }
}
