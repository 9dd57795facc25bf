import CoachShell
import Foundation
import Testing

@Suite struct StateCleanerTests {
    /// A state folder `review-coach` inside a scratch folder.
    func state(in scratch: Scratch) throws -> StateDirectory {
        let state = StateDirectory(environment: ["XDG_STATE_HOME": scratch.path])
        try state.create(state.sessionsFolder)
        return state
    }

    @Test func removesSessionsAndHistoriesTheCoachWrote() throws {
        let scratch = try Scratch()
        let state = try state(in: scratch)
        try scratch.write("review-coach/sessions/20261130-101500-1.journal", "x")
        try scratch.write("review-coach/sessions/20261129-101500-7.json", "x")
        try scratch.write("review-coach/history", "x")
        try scratch.write("review-coach/practice-history", "x")
        let outcome = StateCleaner(state: state).forget()
        #expect(outcome == StateCleaner.Outcome(removed: 4, failures: []))
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.sessionsFolder).isEmpty)
    }

    @Test func removesTheTraineesProgressDatabaseAndItsJournal() throws {
        let scratch = try Scratch()
        let state = try state(in: scratch)
        try scratch.write("review-coach/progress.sqlite", "x")
        try scratch.write("review-coach/progress.sqlite-journal", "x")
        let outcome = StateCleaner(state: state).forget()
        #expect(outcome == StateCleaner.Outcome(removed: 2, failures: []))
        #expect(!FileManager.default.fileExists(atPath: state.path + "/progress.sqlite"))
    }

    @Test func leavesFilesItDidNotWrite() throws {
        let scratch = try Scratch()
        let state = try state(in: scratch)
        try scratch.write("review-coach/sessions/package.json", "{}")
        _ = StateCleaner(state: state).forget()
        #expect(FileManager.default.fileExists(atPath: state.sessionsFolder + "/package.json"))
    }

    @Test func aSessionsFolderThatIsALinkIsRemovedAsALinkNotEntered() throws {
        let scratch = try Scratch()
        let state = StateDirectory(environment: ["XDG_STATE_HOME": scratch.path])
        try state.create(state.path)
        try FileManager.default.createDirectory(atPath: scratch.file("project"), withIntermediateDirectories: true)
        try scratch.write("project/20261130-101500-1.json", "{}")
        try scratch.link("review-coach/sessions", to: scratch.file("project"))
        let outcome = StateCleaner(state: state).forget()
        #expect(outcome.failures.isEmpty)
        #expect(FileManager.default.fileExists(atPath: scratch.file("project/20261130-101500-1.json")))
        #expect(!FileManager.default.fileExists(atPath: state.sessionsFolder))
    }

    @Test func aHistoryThatIsALinkIsRemovedNotItsTarget() throws {
        let scratch = try Scratch()
        let state = try state(in: scratch)
        let victim = try scratch.write("tsconfig.json", "{}")
        try scratch.link("review-coach/history", to: victim)
        _ = StateCleaner(state: state).forget()
        #expect(try scratch.read("tsconfig.json") == "{}")
        #expect(!SafeFile.exists(state.historyFile))
    }

    @Test func aFileThatCannotBeRemovedIsNamedAndTheRestStillGo() throws {
        let scratch = try Scratch()
        let state = try state(in: scratch)
        // A folder with a session file's name cannot be unlinked.
        try FileManager.default.createDirectory(atPath: state.sessionsFolder + "/20261130-101500-1.journal", withIntermediateDirectories: true)
        try scratch.write("review-coach/sessions/20261130-101500-2.journal", "x")
        try scratch.write("review-coach/history", "x")
        let outcome = StateCleaner(state: state).forget()
        #expect(outcome.removed == 2)
        #expect(outcome.failures.count == 1)
        #expect(outcome.failures.first?.contains("20261130-101500-1.journal") == true)
    }

    @Test func aStateFolderThatIsALinkIsNotEntered() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("victim"), withIntermediateDirectories: true)
        try scratch.write("victim/history", "keep")
        try scratch.link("review-coach", to: scratch.file("victim"))
        let state = StateDirectory(environment: ["XDG_STATE_HOME": scratch.path])
        let outcome = StateCleaner(state: state).forget()
        #expect(outcome.removed == 0)
        #expect(outcome.failures.count == 1)
        #expect(try scratch.read("victim/history") == "keep")
    }

    @Test func noFolderIsCreatedBehindALinkedStateFolder() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("victim"), withIntermediateDirectories: true)
        try scratch.link("review-coach", to: scratch.file("victim"))
        let state = StateDirectory(environment: ["XDG_STATE_HOME": scratch.path])
        #expect(throws: ShellError.self) { try state.create(state.sessionsFolder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("victim")).isEmpty)
    }

    @Test func historyIsNotKeptBehindALinkedStateFolder() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("victim"), withIntermediateDirectories: true)
        try scratch.link("review-coach", to: scratch.file("victim"))
        #expect(!HistoryFile(path: scratch.file("review-coach/history")).prepare())
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("victim")).isEmpty)
    }
}
