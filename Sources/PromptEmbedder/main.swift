// Build-time tool: reads prompts/**/*.txt and writes one Swift file that holds their text.
// Usage: PromptEmbedder PROMPTS_DIR OUTPUT_SWIFT_FILE
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: PromptEmbedder PROMPTS_DIR OUTPUT\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let names = (try FileManager.default.subpathsOfDirectory(atPath: root.path))
    .filter { $0.hasSuffix(".txt") }
    .sorted()

var swift = "// Generated from prompts/ by PromptEmbedder. Do not edit.\n"
swift += "extension EmbeddedPrompts {\n    static let storage: [(name: String, text: String)] = [\n"
for name in names {
    let text = try String(contentsOf: root.appending(path: name), encoding: .utf8)
    // A raw string with enough # that no sequence in the text can close it.
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    swift += "        (name: \(hashes)\"\(name)\"\(hashes), text: \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
swift += "    ]\n}\n"
let output = URL(fileURLWithPath: arguments[2])
let old = try? String(contentsOf: output, encoding: .utf8)
if old != swift { try swift.write(to: output, atomically: true, encoding: .utf8) }
