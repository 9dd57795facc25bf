import Foundation
import Testing

/// `--help` teaches: every command says what it is for, shows examples, and says what its exit
/// codes mean; `--version` answers; usage errors show the command's own usage line.
@Suite struct HelpEndToEndTests {
    static let commands = [[], ["chat"], ["resume"], ["classify"], ["lint-reply"], ["teach"], ["practice"], ["class-report"], ["replay"], ["graph"], ["forget"]]

    @Test(arguments: commands)
    func helpHasAnOverviewExamplesAndExitCodes(_ command: [String]) throws {
        let result = try RunBinary.run(command + ["--help"])
        #expect(result.exitCode == 0)
        for words in ["OVERVIEW:", "Example", "Exit codes", "USAGE:"] {
            #expect(result.output.contains(words), "\(command) --help lacks \(words)")
        }
    }

    @Test(arguments: commands)
    func helpExampleLinesFitEightyColumns(_ command: [String]) throws {
        let help = try RunBinary.run(command + ["--help"]).output
        // ArgumentParser wraps at 80 with no indent, so a longer example line would continue at
        // the left margin and read as two commands.
        var inExamples = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Example") { inExamples = true; continue }
            if inExamples && line.isEmpty { break }
            if inExamples {
                #expect(line.hasPrefix("  ") && line.count <= 80, "\(command): an example ran past 80 columns: \(line)")
            }
        }
    }

    @Test func versionIsPrinted() throws {
        let result = try RunBinary.run(["--version"])
        #expect(result.exitCode == 0)
        #expect(result.output.first?.isNumber == true)
    }

    @Test func anUnknownLessonShowsTeachsOwnUsage() throws {
        let result = try RunBinary.run(["teach", "P99"])
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("P99"))
        #expect(result.errorOutput.contains("review-coach teach"))
        #expect(!result.errorOutput.contains("review-coach <subcommand>"))
    }
}
