import Foundation
import Testing

/// Nothing lost, nothing written where it should not be: the coach's promises about saving,
/// checked against the built binary with real failures (a file-size limit stands in for a full
/// disk: it needs no mount and no root).
@Suite struct ReliabilityEndToEndTests {
    typealias Folder = ChatFilesEndToEndTests.Folder

    /// A review long enough (about 3 KB) that its journal outgrows a 1 KB file-size limit.
    static let longReview = (1...30).map { "Line \($0): the room was cold, the heater broke and nobody came to fix it." }
        .joined(separator: "\n")

    /// Runs the coach on `input` with a file-size limit of `kilobytes` on the coach alone (its
    /// output goes through a pipe to `cat`, which has no limit).
    func runWithFileSizeLimit(_ kilobytes: Int, input: String, in folder: Folder) throws -> BinaryResult {
        let binary = try RunBinary.executable().path
        let script = "(ulimit -f \(kilobytes); exec \"$0\") | cat; exit ${PIPESTATUS[0]}"
        return try RunBinary.runProgram("/bin/bash", ["-c", script, binary], input: input, environment: folder.environment)
    }

    @Test func aFullDiskIsSaidAtOnceAndAtTheEndWithAFailingExitCode() throws {
        let folder = try Folder()
        let result = try runWithFileSizeLimit(1, input: Self.longReview + "\n\ncalm\nyes\n", in: folder)
        #expect(result.output.contains("Your answers can no longer be saved (File too large)"))
        #expect(result.output.contains("Your answers were NOT all saved"))
        #expect(!result.output.contains("are saved"))
        #expect(result.exitCode == 1)
    }

    @Test func aSessionThatSavedFineEndsWithZero() throws {
        let folder = try Folder()
        let result = try runWithFileSizeLimit(64, input: Self.longReview + "\n\ncalm\nyes\n", in: folder)
        #expect(!result.output.contains("NOT saved"))
        #expect(result.exitCode == 0)
    }

    @Test func saveRefusesASymbolicLinkAndLeavesItsTargetAlone() throws {
        let folder = try Folder()
        let victim = try folder.write("victim.txt", "do not touch")
        try FileManager.default.createSymbolicLink(atPath: folder.path("reply.md"), withDestinationPath: victim)
        let result = try RunBinary.run(["--incognito", "--width", "500"], input: "The soup was cold.\n\n/save \(folder.path("reply.md"))\n", environment: folder.environment)
        #expect(result.output.contains("is a symbolic link"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "do not touch")
    }

    @Test func forgetLeavesAnotherProjectBehindASymlinkedSessionsFolderAlone() throws {
        let folder = try Folder()
        let project = folder.path("project")
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        _ = try folder.write("project/package.json", "{}")
        try FileManager.default.createDirectory(atPath: folder.path("review-coach"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("review-coach/sessions"), withDestinationPath: project)
        let result = try RunBinary.run(["forget"], environment: folder.environment)
        #expect(result.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("project/package.json")))
    }

    @Test func outputThatCannotBeWrittenFailsTheCommand() throws {
        let binary = try RunBinary.executable().path
        let result = try RunBinary.runProgram(
            "/bin/sh", ["-c", "\"$0\" classify --review 'The soup was cold.' > /dev/full", binary], input: "")
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("cannot write the output: No space left on device"))
    }

    @Test func aResumedSessionGoesOnInTheSameJournal() throws {
        let folder = try Folder()
        _ = try RunBinary.run([], input: "The bill was wrong.\n\ncalm\n", environment: folder.environment)
        let resumed = try RunBinary.run(["resume"], input: "yes\n/summary\n", environment: folder.environment)
        #expect(resumed.output.contains("Welcome back"))
        #expect(resumed.output.contains("Customer found: yes (you said so)"))
        let sessions = try FileManager.default.contentsOfDirectory(atPath: folder.path("review-coach/sessions"))
        #expect(sessions.count == 1)
    }

    @Test func aTranscriptThatCannotBeWrittenIsSaidAndFailsTheSession() throws {
        let folder = try Folder()
        let binary = try RunBinary.executable().path
        let script = "(ulimit -f 1; exec \"$0\" --incognito --width 500 --record \"$1\") | cat; exit ${PIPESTATUS[0]}"
        let result = try RunBinary.runProgram(
            "/bin/bash", ["-c", script, binary, folder.path("new.transcript")],
            input: Self.longReview + "\n\ncalm\n", environment: folder.environment)
        #expect(result.output.contains("is incomplete: File too large"))
        #expect(result.exitCode == 1)
    }

    @Test func aFailedSaveCommandFailsTheSession() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["--incognito"], input: "The soup was cold.\n\n/save \(folder.path("missing/reply.md"))\n", environment: folder.environment)
        #expect(result.output.contains("Not saved"))
        #expect(result.exitCode == 1)
    }

    @Test func endlessInputThatIsNotTextIsGivenUpAndSaid() throws {
        let folder = try Folder()
        let binary = try RunBinary.executable().path
        let result = try RunBinary.runProgram("/bin/sh", ["-c", "exec \"$0\" --incognito < /dev/zero", binary], input: "", environment: folder.environment)
        #expect(result.output.contains("the rest of it was not read"))
        #expect(result.exitCode == 1)
    }
}
