import Foundation
import Testing

/// The options of practice's modes, teach's handouts and replay's projector, from outside:
/// bad combinations are option errors, and a handout file is written only once.
@Suite struct ModesEndToEndTests {
    @Test func aTimeLimitOfZeroIsAnOptionError() throws {
        let result = try RunBinary.run(["practice", "--mode", "quiz", "--time-limit", "0"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("--time-limit must be at least 1 second"))
    }

    @Test func aNegativeTimeLimitIsAnOptionError() throws {
        let result = try RunBinary.run(["practice", "--time-limit", "-30"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("got -30"))
    }

    @Test func anUnknownModeNamesTheModes() throws {
        let result = try RunBinary.run(["practice", "--mode", "test"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("'full', 'quiz', 'reply' or 'exam'"))
    }

    @Test func pauseWithoutATerminalIsAClearError() throws {
        let result = try RunBinary.run(["replay", "--play", "--pause", "transcripts/01-genuine-grievance.transcript"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("needs a terminal"))
    }

    @Test func pauseWithoutPlayIsAnOptionError() throws {
        let result = try RunBinary.run(["replay", "--pause", "transcripts/01-genuine-grievance.transcript"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("--pause only applies with --play"))
    }

    @Test func aHandoutIsSavedOnceAndNotReplacedWithoutForce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("lessons.html").path
        let first = try RunBinary.run(["teach", "--format", "html", "--output", path], input: "")
        #expect(first.exitCode == 0)
        #expect(first.output.contains("saved to"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let second = try RunBinary.run(["teach", "--format", "markdown", "--output", path], input: "")
        #expect(second.exitCode == 1)
        #expect(!second.output.contains("saved to"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aHandoutIntoAMissingFolderIsNotSaidToBeSaved() throws {
        let result = try RunBinary.run(["teach", "--format", "markdown", "--output", "/nonexistent-folder/lessons.md"], input: "")
        #expect(result.exitCode == 1)
        #expect(!result.output.contains("saved to"))
    }
}
