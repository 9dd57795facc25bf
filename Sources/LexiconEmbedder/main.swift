// Build-time tool: reads lexicon/**/*.txt, fails the build on a malformed or duplicate line
// (with its file and line), and writes one Swift file holding the files' text and an enum of
// the concept names. Usage: LexiconEmbedder LEXICON_DIR OUTPUT_SWIFT_FILE
import CoachText
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: LexiconEmbedder LEXICON_DIR OUTPUT\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let names = (try FileManager.default.subpathsOfDirectory(atPath: root.path))
    .filter { $0.hasSuffix(".txt") }
    .sorted()
let files = try names.map { name in (name: name, text: try String(contentsOf: root.appending(path: name), encoding: .utf8)) }

let problems = LexiconSource.problems(in: files)
if !problems.isEmpty {
    for p in problems { FileHandle.standardError.write(Data("\(root.path)/\(p.file):\(p.line): error: \(p.message)\n".utf8)) }
    exit(1)
}
let source = try LexiconSource(files: files)

/// A Swift raw string literal holding `text` exactly.
func literal(_ text: String, multiline: Bool) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    return multiline ? "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)" : "\(hashes)\"\(text)\"\(hashes)"
}

/// "review-action" -> "reviewAction".
func caseName(_ concept: String) -> String {
    let parts = concept.split(separator: "-")
    return parts.enumerated().map { i, p in i == 0 ? String(p) : p.prefix(1).uppercased() + p.dropFirst() }.joined()
}

var swift = "// Generated from lexicon/ by LexiconEmbedder. Do not edit.\n"
swift += "extension EmbeddedLexicon {\n    static let storage: [(name: String, text: String)] = [\n"
for file in files {
    swift += "        (name: \(literal(file.name, multiline: false)), text: \(literal(file.text, multiline: true))),\n"
}
swift += "    ]\n}\n\n/// The concepts of `lexicon/concepts/`, one case per file.\npublic enum LexiconConcept: String, CaseIterable, Sendable {\n"
for name in source.conceptNames {
    swift += "    case \(caseName(name)) = \(literal(name, multiline: false))\n"
}
swift += "}\n"
let output = URL(fileURLWithPath: arguments[2])
let old = try? String(contentsOf: output, encoding: .utf8)
if old != swift { try swift.write(to: output, atomically: true, encoding: .utf8) }
