import Foundation
import Testing

/// The chat's common options are read without the argument parser (for start-up time): the
/// session must be exactly what the parser would have started, and anything else must still get
/// the parser's messages.
@Suite struct QuickArgumentsEndToEndTests {
    static let input = "The pizza came an hour late and cold.\n\ncalm\nyes\n"

    @Test(arguments: [
        ["--no-history", "--width", "30"],
        ["--incognito", "--explain"],
        ["--explain", "--no-history", "--incognito", "--width", "100"],
    ])
    func commonOptionsStartTheSameSessionAsTheChatCommand(options: [String]) throws {
        let folder = try ChatFilesEndToEndTests.Folder()
        let quick = try RunBinary.run(options, input: Self.input, environment: folder.environment)
        let parsed = try RunBinary.run(["chat"] + options, input: Self.input, environment: folder.environment)
        #expect(quick.exitCode == 0)
        #expect(quick.output == parsed.output)
    }

    @Test func aBadWidthStillGetsTheParsersMessage() throws {
        let result = try RunBinary.run(["--width", "10"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("--width must be at least 20"))
    }

    @Test(arguments: [["--width", "-5"], ["practice", "--seed", "-1"], ["practice", "--cases", "-2"]])
    func aNegativeNumberIsCalledWrongNotMissing(_ arguments: [String]) throws {
        let result = try RunBinary.run(arguments, input: "")
        #expect(result.exitCode == 64)
        #expect(!result.errorOutput.contains("Missing value"))
    }

    @Test func aRepeatedOptionGoesThroughTheParserLikeTheChatCommand() throws {
        let folder = try ChatFilesEndToEndTests.Folder()
        let quick = try RunBinary.run(["--width", "30", "--width", "40"], input: Self.input, environment: folder.environment)
        let parsed = try RunBinary.run(["chat", "--width", "30", "--width", "40"], input: Self.input, environment: folder.environment)
        #expect(quick.exitCode == parsed.exitCode)
        #expect(quick.output == parsed.output)
        #expect(quick.errorOutput == parsed.errorOutput)
    }
}
