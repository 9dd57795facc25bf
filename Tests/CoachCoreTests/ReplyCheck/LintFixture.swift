import Foundation
import Testing

/// One row of a lint fixture: a reply and the finding codes it must produce.
struct LintCase: Sendable, CustomTestStringConvertible, Decodable {
    let id: String
    let reply: String
    let expect: [String]

    var testDescription: String { id }

    /// The rows of `Tests/CoachCoreTests/Fixtures/<name>`, found next to this source file.
    static func load(_ name: String, filePath: String = #filePath) -> [LintCase] {
        let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        let url = dir.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { line in
            try? decoder.decode(LintCase.self, from: Data(line.utf8))
        }
    }
}
