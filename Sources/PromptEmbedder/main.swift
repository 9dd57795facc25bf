// Build-time tool: reads prompts/**/*.txt and writes one Swift file that holds their text and
// their parsed entries. Usage: PromptEmbedder PROMPTS_DIR OUTPUT_SWIFT_FILE
import CoachPromptFormat
import EmbedderSupport

let run = try EmbedderRun(tool: "PromptEmbedder")
let catalog: PromptCatalog
do {
    catalog = try PromptCatalog(files: run.files)
} catch {
    run.fail(["error: prompts/\(error)"])
}

var swift = "// Generated from prompts/ by PromptEmbedder. Do not edit.\n"
swift += "extension EmbeddedPrompts {\n    static let storage: [(name: String, text: String)] = [\n"
for file in run.files {
    swift += "        (name: \(swiftLiteral(file.name, multiline: false)), text: \(swiftLiteral(file.text, multiline: true))),\n"
}
swift += "    ]\n\n    static let parsed: [(key: String, text: String)] = [\n"
for key in catalog.entries.keys.sorted() {
    swift += "        (key: \(swiftLiteral(key, multiline: false)), text: \(swiftLiteral(catalog.entries[key]!, multiline: true))),\n"
}
swift += "    ]\n}\n"
try run.write(swift)
