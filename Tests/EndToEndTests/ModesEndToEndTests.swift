import Foundation
import Testing

/// The options of practice's modes, teach's handouts and replay's projector, from outside:
/// bad combinations are option errors, and a handout file is written only once.
@Suite struct ModesEndToEndTests {
    /// Each bad combination, and the words its error must hold.
    static let badOptions: [([String], String)] = [
        (["practice", "--mode", "quiz", "--time-limit", "0"], "--time-limit must be at least 1 second"),
        (["practice", "--time-limit", "-30"], "got -30"),
        (["practice", "--mode", "test"], "'full', 'quiz', 'reply' or 'exam'"),
        (["replay", "--play", "--pause", "transcripts/01-genuine-grievance.transcript"], "needs a terminal"),
        (["replay", "--pause", "transcripts/01-genuine-grievance.transcript"], "--pause only applies with --play"),
        (["teach", "--list", "--format", "html"], "--list is the index for the screen"),
        (["teach", "--force"], "--force only applies with --output"),
    ]

    @Test(arguments: badOptions)
    func aBadCombinationIsAnOptionErrorThatSaysWhy(arguments: [String], expected: String) throws {
        let result = try RunBinary.run(arguments, input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains(expected))
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
