// Build-time tool: reads prompts/**/*.txt and writes one Swift file that holds their text and
// their parsed entries. Usage: PromptEmbedder PROMPTS_DIR OUTPUT_SWIFT_FILE
import CoachPromptFormat
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
let files = try names.map { name in (name: name, text: try String(contentsOf: root.appending(path: name), encoding: .utf8)) }

let catalog: PromptCatalog
do {
    catalog = try PromptCatalog(files: files)
} catch {
    FileHandle.standardError.write(Data("error: prompts/\(error)\n".utf8))
    exit(1)
}

/// A Swift raw string literal holding `text` exactly, with enough # that nothing in it closes it.
func literal(_ text: String, multiline: Bool) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    return multiline ? "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)" : "\(hashes)\"\(text)\"\(hashes)"
}

var swift = "// Generated from prompts/ by PromptEmbedder. Do not edit.\n"
swift += "extension EmbeddedPrompts {\n    static let storage: [(name: String, text: String)] = [\n"
for file in files {
    swift += "        (name: \(literal(file.name, multiline: false)), text: \(literal(file.text, multiline: true))),\n"
}
swift += "    ]\n\n    static let parsed: [(key: String, text: String)] = [\n"
for key in catalog.entries.keys.sorted() {
    swift += "        (key: \(literal(key, multiline: false)), text: \(literal(catalog.entries[key]!, multiline: true))),\n"
}
swift += "    ]\n}\n"
let output = URL(fileURLWithPath: arguments[2])
let old = try? String(contentsOf: output, encoding: .utf8)
if old != swift { try swift.write(to: output, atomically: true, encoding: .utf8) }
