import Foundation
import Testing

/// The chat with its files through the built binary: a review from a file, a recorded
/// transcript, a script, and the errors when a file is not there.
@Suite struct ChatFilesEndToEndTests {
    /// A folder for one test's files (and its state), removed afterwards.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("chat-files-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws -> String {
            try text.write(toFile: path(name), atomically: true, encoding: .utf8)
            return path(name)
        }
        var environment: [String: String] { ["XDG_STATE_HOME": url.path] }
    }

    static let threat = "Refund me or I post this everywhere.\nThe staff were rude."

    @Test func aRecordedReviewFileSessionShowsTheReviewLinesAndReplaysUnchanged() throws {
        let folder = try Folder()
        let review = try folder.write("review.txt", Self.threat + "\n")
        let transcript = folder.path("session.transcript")
        let result = try RunBinary.run(
            ["--review-file", review, "--record", transcript], input: "calm\n/quit\n", environment: folder.environment)
        #expect(result.exitCode == 0, "stderr: \(result.errorOutput)")
        let recorded = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(recorded.contains("review> Refund me or I post this everywhere.\nreview> The staff were rude.\nreview> \n"))
        #expect(recorded.contains("What I noticed in the review:"))
        let replay = try RunBinary.run(["replay", transcript], environment: folder.environment)
        #expect(replay.exitCode == 0, "the recorded transcript does not replay:\n\(replay.output)")
    }

    @Test func aReviewFileSessionSaysWhatTheCoachNoticedInTheFile() throws {
        let folder = try Folder()
        let review = try folder.write("review.txt", Self.threat)
        let result = try RunBinary.run(["--review-file", review], input: "", environment: folder.environment)
        #expect(result.exitCode == 0)
        #expect(result.output.contains("A demand tied to the review: \"Refund me or I post this everywhere\""))
        #expect(result.output.contains("how do you feel right now?"))
    }

    @Test func pipedInputThatEndsBeforeTheVerdictSaysTheAnswersAreKept() throws {
        let folder = try Folder()
        let result = try RunBinary.run([], input: "The food was cold.\n\ncalm\nyes\n", environment: folder.environment)
        #expect(result.exitCode == 0)
        #expect(result.output.contains("review-coach resume carries on"))
    }

    @Test func pipedInputWithoutAnswersKeptSaysNothingIsSaved() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["--incognito"], input: "The food was cold.\n\ncalm\n", environment: folder.environment)
        #expect(!result.output.contains("saved"))
    }

    @Test func aMissingReviewFileIsNamedWithTheReasonAndNoUsageDump() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["--review-file", folder.path("nope.txt")], environment: folder.environment)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("--review-file \(folder.path("nope.txt"))"))
        #expect(result.errorOutput.contains("No such file or directory"))
        #expect(!result.errorOutput.contains("Usage:"))
    }

    @Test func aFolderGivenAsTheReviewFileSaysItIsAFolder() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["--review-file", folder.url.path], environment: folder.environment)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("is a folder"))
        #expect(!result.errorOutput.contains("Usage:"))
        // One review file is taken: giving the folder's files would not work, so it is not suggested.
        #expect(!result.errorOutput.contains("/*"))
    }

    @Test func anEmptyReviewFileIsRefusedWithoutAUsageDump() throws {
        let folder = try Folder()
        let review = try folder.write("empty.txt", " \n\n")
        let result = try RunBinary.run(["--review-file", review], environment: folder.environment)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("empty"))
        #expect(!result.errorOutput.contains("Usage:"))
    }

    @Test func aMissingScriptIsNamedWithoutAUsageDump() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["--script", folder.path("nope.txt")], environment: folder.environment)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("--script"))
        #expect(!result.errorOutput.contains("Usage:"))
    }

    /// Writes a saved session, as the chat leaves it, into the folder's state directory.
    func saveSession(_ lines: [String], explain: Bool, in folder: Folder) throws {
        let sessions = folder.url.appendingPathComponent("review-coach/sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let json = try JSONSerialization.data(withJSONObject: ["version": 1, "explain": explain, "lines": lines] as [String: Any])
        try json.write(to: sessions.appendingPathComponent("20260101-000000-1.json"))
    }

    @Test(arguments: [false, true])
    func aRecordedResumedSessionStartsFromTheBeginningAndReplaysUnchanged(explain: Bool) throws {
        let folder = try Folder()
        try saveSession(["Refund me or I post this everywhere.", "The staff were rude.", "", "calm", "yes"], explain: explain, in: folder)
        let transcript = folder.path("resumed.transcript")
        let result = try RunBinary.run(["resume", "--record", transcript], input: "no\n/quit\n", environment: folder.environment)
        #expect(result.exitCode == 0, "stderr: \(result.errorOutput)")
        #expect(result.output.contains("Welcome back"))
        #expect(!result.output.contains("What I noticed in the review:"), "the terminal is not shown the restored conversation again")
        let recorded = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(!recorded.contains("Welcome back"))
        #expect(recorded.contains("review> Refund me or I post this everywhere.\nreview> The staff were rude.\nreview> \n"))
        #expect(recorded.contains("you> calm\n"))
        #expect(recorded.contains("you> yes\n"))
        #expect(recorded.contains("you> no\n"))
        #expect(recorded.contains("# args: --explain") == explain)
        let replay = try RunBinary.run(["replay", transcript], environment: folder.environment)
        #expect(replay.exitCode == 0, "the recorded transcript does not replay:\n\(replay.output)")
    }

    @Test func resumeWithNothingSavedSaysHowToStartAndExitsOne() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["resume"], environment: folder.environment)
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("no saved session"))
        #expect(!result.errorOutput.contains("Usage:"))
    }
}

/// `review-coach replay` through the built binary: files that are missing, folders, or not
/// transcripts at all give a clear error, and are never rewritten.
@Suite struct ReplayEndToEndTests {
    typealias Folder = ChatFilesEndToEndTests.Folder

    @Test func aMissingTranscriptIsNamedWithTheReasonAndTheOthersStillRun() throws {
        let folder = try Folder()
        let good = try folder.write("good.transcript", "# Title: t\nreview> ^D\n")
        _ = try RunBinary.run(["replay", "--update", good])
        let result = try RunBinary.run(["replay", folder.path("missing.transcript"), good])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("cannot read \(folder.path("missing.transcript")): No such file or directory"))
        #expect(!result.errorOutput.contains("CocoaError"))
        #expect(result.output.contains("ok       \(good)"))
    }

    @Test func updateOnAMissingTranscriptSaysHowToStartOne() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["replay", "--update", folder.path("new.transcript")])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("write its typed lines first"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("new.transcript")))
    }

    @Test func aFolderIsNotReadAsATranscript() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["replay", folder.url.path])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("is a folder"))
    }

    @Test func updateNeverRewritesAFileThatIsNotATranscript() throws {
        let folder = try Folder()
        let notes = try folder.write("NOTES.md", "Some notes\nthat are not a conversation.\n")
        let result = try RunBinary.run(["replay", "--update", notes])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("does not look like a transcript"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "Some notes\nthat are not a conversation.\n")
    }

    @Test func playingAMissingTranscriptIsAOneLineError() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["replay", "--play", "--pace", "100", folder.path("nope.transcript")])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("No such file or directory"))
        #expect(!result.errorOutput.contains("CocoaError"))
    }
}
