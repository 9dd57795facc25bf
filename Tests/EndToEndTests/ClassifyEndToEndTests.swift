import CoachCore
import CoachShell
import Foundation
import Testing

/// `review-coach classify` through the built binary: exit codes, output shape, streaming, UTF-8.
@Suite struct ClassifyEndToEndTests {
    static let contractKeys = [
        "id", "classification", "facts", "signals", "subkind", "subkind_evidence", "claims", "reasons", "principles", "replies", "reply",
            "next_steps",
    ]

    /// The member names of a JSON object line, in the order written.
    func keys(of line: String) throws -> [String] {
        guard case .object(let members) = try JSONLineParser.parse(line) else {
            Issue.record("not a JSON object: \(line)")
            return []
        }
        return members.map(\.key)
    }

    func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func allGoodLinesExitZeroWithOneLinePerReview() throws {
        let input = """
            {"id":"a","review":"The soup was cold."}
            {"id":"b","review":"Staff ignored us.","facts":{"our_fault":"yes"}}

            """
        let result = try RunBinary.run(["classify"], input: input)
        #expect(result.exitCode == 0, "stderr: \(result.errorOutput)")
        #expect(result.outputLines.count == 2)
        #expect(try result.outputLines.map { try object($0)["id"] as? String } == ["a", "b"])
        #expect(result.stderr.isEmpty)
    }

    @Test func aBadLineExitsOneAndTheOtherLinesStillRun() throws {
        let input = """
            {"id":"a","review":"The soup was cold."}
            {"id":"b","revew":"typo in the member name"}
            this is not json
            {"id":"d","review":"Fine."}

            """
        let result = try RunBinary.run(["classify"], input: input)
        #expect(result.exitCode == 1)
        let lines = result.outputLines
        try #require(lines.count == 4)
        #expect(try object(lines[0])["classification"] as? String == "genuine_grievance")
        #expect(try keys(of: lines[1]) == ["id", "line", "error"])
        #expect(try object(lines[1])["line"] as? Int == 2)
        #expect(try keys(of: lines[2]) == ["line", "error"])
        #expect(try object(lines[2])["line"] as? Int == 3)
        #expect(try object(lines[3])["id"] as? String == "d")
    }

    @Test func outputFieldsAreTheContractsInItsOrder() throws {
        let input = #"{"id":"a","review":"Cold soup.","facts":{"customer_found":"yes","demand":"no"}}"# + "\n"
        let result = try RunBinary.run(["classify", "-"], input: input)
        let line = try #require(result.outputLines.first)
        #expect(try keys(of: line) == Self.contractKeys)
        let facts = try #require(try object(line)["facts"] as? [String: [String: String]])
        #expect(facts["customer_found"] == ["value": "yes", "source": "owner"])
        #expect(facts["demand"] == ["value": "no", "source": "owner"])
        #expect(facts["our_fault"] == ["value": "unsure", "source": "default"])
        guard case .object(let members) = try JSONLineParser.parse(line),
            case .object(let factMembers)? = members.first(where: { $0.key == "facts" })?.value
        else { Issue.record("facts is not an object"); return }
        #expect(factMembers.map(\.key) == ["customer_found", "our_fault", "demand", "abusive"])
    }

    @Test func accentsAndEmojiComeOutAsUTF8NotEscapes() throws {
        let input = #"{"id":"café 🙂","review":"Crème brûlée was burnt 🙁"}"# + "\n"
        let result = try RunBinary.run(["classify"], input: input)
        #expect(result.output.contains(#""id":"café 🙂""#))
        #expect(!result.output.contains("\\u"))
    }

    @Test func invalidUTF8IsReadWithReplacementCharacters() throws {
        var input = Data(#"{"id":"bad"#.utf8)
        input.append(contentsOf: [0xFF, 0xFE])
        input.append(contentsOf: Data((#"","review":"ok"}"# + "\n").utf8))
        let result = try RunBinary.run(["classify"], stdin: input)
        #expect(result.exitCode == 0)
        #expect(try object(try #require(result.outputLines.first))["id"] as? String == "bad\u{FFFD}\u{FFFD}")
    }

    @Test func blankLinesAreSkippedButCountInLineNumbers() throws {
        let input = "\n   \n{\"id\":\"a\",\"review\":\"x\"}\n\nnope\n"
        let result = try RunBinary.run(["classify"], input: input)
        #expect(result.outputLines.count == 2)
        #expect(try object(result.outputLines[1])["line"] as? Int == 5)
    }

    @Test func aFileArgumentIsRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("classify-\(UUID().uuidString).jsonl")
        try Data(#"{"id":"f","review":"Slow service."}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try RunBinary.run(["classify", url.path])
        #expect(result.exitCode == 0)
        #expect(try object(try #require(result.outputLines.first))["id"] as? String == "f")
    }

    @Test func aMissingFileIsAOneLineErrorAndExitOne() throws {
        let result = try RunBinary.run(["classify", "/no/such/reviews.jsonl"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput.contains("/no/such/reviews.jsonl"))
        #expect(result.errorOutput.split(separator: "\n").count == 1)
    }

    @Test func thousandsOfLinesComeOutInOrder() throws {
        let count = 5_000
        let input = (1...count).map { #"{"id":"r\#($0)","review":"Review number \#($0) was slow."}"# }.joined(separator: "\n")
        let result = try RunBinary.run(["classify"], input: input)
        #expect(result.exitCode == 0)
        let ids = try result.outputLines.map { try object($0)["id"] as? String }
        #expect(ids == (1...count).map { "r\($0)" })
    }

    @Test func reviewFlagPrintsTheReadableVerdict() throws {
        let result = try RunBinary.run(["classify", "--review", "The soup was cold and nobody came."])
        #expect(result.exitCode == 0)
        let catalog = PromptLoader.embedded()
        let header = catalog.text("verdict.header", ["verdict": catalog.text("verdict.genuine_grievance")])
        #expect(result.output.contains(header))
        #expect(result.output.contains(catalog.text("reply.header")))
        #expect(!result.output.hasPrefix("{"))
    }

    @Test func reviewFlagOffersNoChatCommandsOutsideTheChat() throws {
        let result = try RunBinary.run(["classify", "--review", "The soup was cold and nobody came."])
        #expect(!result.output.contains("/why"))
        #expect(!result.output.contains("/draft"))
        #expect(result.output.contains("review-coach teach P"))
    }

    @Test func anEmptyReviewFlagIsAnErrorNotAVerdict() throws {
        for text in ["", "   "] {
            let result = try RunBinary.run(["classify", "--review", text])
            #expect(result.exitCode == 1)
            #expect(result.output.isEmpty)
            #expect(result.errorOutput.contains("--review is empty"))
        }
    }

    @Test func anEmptyReviewLineGivesAnErrorLineAndExitOne() throws {
        let result = try RunBinary.run(["classify"], input: #"{"id":"e","review":" "}"# + "\n")
        #expect(result.exitCode == 1)
        #expect(try object(try #require(result.outputLines.first))["error"] as? String == #""review" is empty; give the review text, e.g. "review": "The soup was cold.""#)
    }

    @Test func reviewFlagWithJSONPrintsOneContractLine() throws {
        let result = try RunBinary.run(["classify", "--review", "Ça va 🙂", "--json"])
        #expect(result.exitCode == 0)
        #expect(result.outputLines.count == 1)
        #expect(try keys(of: result.outputLines[0]) == Self.contractKeys)
    }

    @Test func helpSaysWhatGoesInWhatComesOutAndTheExitCodes() throws {
        let help = try RunBinary.run(["classify", "--help"]).output
        for words in ["JSON Lines", "Blank lines are", "Exit codes", "Example"] {
            #expect(help.contains(words), "help lacks \(words)")
        }
    }
}
