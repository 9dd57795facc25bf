import Foundation
import Testing

/// Every example in Fixtures/ (copied from the shared examples) gives its expected result
/// through the built binary.
@Suite struct ExamplesEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The lines of a fixture file, each as its raw text and its parsed object.
    static func examples(_ name: String) -> [String] {
        let url = fixtures.appendingPathComponent(name)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func theFixturesAreThere() {
        #expect(Self.examples("classify-examples.jsonl").count >= 18)
        #expect(Self.examples("lint-examples.jsonl").count >= 9)
    }

    @Test(arguments: examples("classify-examples.jsonl"))
    func classifyExampleGivesItsExpectedVerdict(_ line: String) throws {
        let example = try Self.object(line)
        let result = try RunBinary.run(["classify"], input: line + "\n")
        #expect(result.exitCode == 0, "stderr: \(result.errorOutput)")
        let output = try Self.object(try #require(result.outputLines.first))
        #expect(output["id"] as? String == example["id"] as? String)
        #expect(
            output["classification"] as? String == example["expect"] as? String,
            "\(example["id"] ?? "?"): \(example["review"] ?? "")")
    }

    @Test(arguments: examples("lint-examples.jsonl"))
    func lintExampleGivesItsExpectedFindings(_ line: String) throws {
        let example = try Self.object(line)
        let reply = try #require(example["reply"] as? String)
        let expected = try #require(example["expect"] as? [String])
        let result = try RunBinary.run(["lint-reply", "--json"], input: reply)
        let output = try Self.object(result.output)
        let codes = (output["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(Set(codes) == Set(expected), "\(example["id"] ?? "?"): \(reply)")
        #expect(result.exitCode == (expected.isEmpty ? 0 : 1))
    }
}
