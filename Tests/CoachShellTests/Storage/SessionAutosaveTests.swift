@testable import CoachShell
import Foundation
import SystemPackage
import Testing

@Suite struct SessionAutosaveTests {
    /// A journal whose every write fails as on a full disk.
    static func journalOnAFullDisk() throws -> SessionJournal {
        SessionJournal(path: "/dev/full", descriptor: try FileDescriptor.open("/dev/full", .writeOnly))
    }

    @Test func aFailedWriteIsReportedAtOnceWithItsReason() throws {
        let autosave = SessionAutosave(open: Self.journalOnAFullDisk)
        #expect(autosave.record("The soup was cold.")?.contains("No space left on device") == true)
    }

    @Test func aFailureIsReportedOnceWhileTheSessionGoesOn() throws {
        let autosave = SessionAutosave(open: Self.journalOnAFullDisk)
        _ = autosave.record("first")
        #expect(autosave.record("second") == nil)
    }

    @Test func theEndOfASessionThatFailedToSaveSaysItWasNotSaved() throws {
        let autosave = SessionAutosave(open: Self.journalOnAFullDisk)
        _ = autosave.record("first")
        #expect(autosave.finish()?.contains("No space left on device") == true)
    }

    @Test func aJournalThatCannotBeCreatedIsAFailure() throws {
        let autosave = SessionAutosave(open: { throw ShellError("cannot save the session in /x: Read-only file system") })
        #expect(autosave.record("first") == "cannot save the session in /x: Read-only file system")
        #expect(autosave.finish() != nil)
    }

    @Test func aSessionSavedWithoutTroubleFinishesSaved() throws {
        let scratch = try Scratch()
        let autosave = SessionAutosave(open: { try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false) })
        for line in ["review", "", "calm"] { #expect(autosave.record(line) == nil) }
        #expect(autosave.finish() == nil)
        #expect(try JournalReader.newest(in: scratch.path)?.session.lines == ["review", "", "calm"])
    }

    @Test func nothingIsWrittenBeforeTheFirstLine() throws {
        let scratch = try Scratch()
        let autosave = SessionAutosave(open: { try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false) })
        #expect(autosave.finish() == nil)
        #expect(try scratch.names().isEmpty)
    }
}
