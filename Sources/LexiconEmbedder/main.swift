// Build-time tool: reads lexicon/**/*.txt, fails the build on a malformed or duplicate line
// (with its file and line), and writes either one Swift file holding the files' text and an
// enum of the concept names, or (an output ending in .c) the lexicon's finished matching tables
// as C data (`CTables.swift`). Usage: LexiconEmbedder LEXICON_DIR OUTPUT_SWIFT_OR_C_FILE
import CoachText
import EmbedderSupport
import Foundation

let run = try EmbedderRun(tool: "LexiconEmbedder")
let problems = LexiconSource.problems(in: run.files)
if !problems.isEmpty {
    run.fail(problems.map { "lexicon/\($0.file):\($0.line): error: \($0.message)" })
}
let source = try LexiconSource(files: run.files)

if run.output.pathExtension == "c" {
    let bad = source.conceptNames.filter { !$0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } }
    if !bad.isEmpty { run.fail(bad.map { "lexicon/concepts/\($0).txt: error: a concept name is lower-case letters, digits and hyphens" }) }
    try run.write(cTables(TextLexicon(source).tables))
    exit(0)
}

/// "review-action" -> "reviewAction".
func caseName(_ concept: String) -> String {
    let parts = concept.split(separator: "-")
    return parts.enumerated().map { i, p in i == 0 ? String(p) : p.prefix(1).uppercased() + p.dropFirst() }.joined()
}

var swift = "// Generated from lexicon/ by LexiconEmbedder. Do not edit.\n"
swift += "extension EmbeddedLexicon {\n    static let storage: [(name: String, text: String)] = [\n"
for file in run.files {
    swift += "        (name: \(swiftLiteral(file.name, multiline: false)), text: \(swiftLiteral(file.text, multiline: true))),\n"
}
swift += "    ]\n}\n\n/// The concepts of `lexicon/concepts/`, one case per file.\npublic enum LexiconConcept: String, CaseIterable, Sendable {\n"
for name in source.conceptNames {
    swift += "    case \(caseName(name)) = \(swiftLiteral(name, multiline: false))\n"
}
swift += "}\n"
try run.write(swift)
