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

    /// The autosave's clock, driven by the test.
    final class Clock {
        var now: UInt64 = 0
    }

    @Test func linesTypedWithinASecondWaitForOneSync() throws {
        let scratch = try Scratch()
        let clock = Clock()
        let autosave = SessionAutosave(
            open: { try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false) },
            now: { clock.now })
        _ = autosave.record("first")
        clock.now = 500_000_000
        #expect(autosave.syncIfDue(atVerdict: false) == nil)
        #expect(autosave.pendingLines == 1)
        clock.now = 1_000_000_000
        _ = autosave.syncIfDue(atVerdict: false)
        #expect(autosave.pendingLines == 0)
    }

    @Test func theVerdictIsSyncedAtOnce() throws {
        let scratch = try Scratch()
        let autosave = SessionAutosave(
            open: { try SessionJournal.create(folder: scratch.path, name: "20261130-101500-1", explain: false) },
            now: { 0 })
        _ = autosave.record("yes")
        _ = autosave.syncIfDue(atVerdict: true)
        #expect(autosave.pendingLines == 0)
    }
}
