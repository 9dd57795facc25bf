import Foundation
import PackagePlugin

/// Turns every `*.txt` file under the package's top-level `prompts/` folder into Swift source,
/// so the coach's wording ships inside the binary and a trainer edits plain text files.
@main
struct EmbedPrompts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let promptsDir = context.package.directoryURL.appending(path: "prompts")
        let files = try FileManager.default
            .subpathsOfDirectory(atPath: promptsDir.path)
            .filter { $0.hasSuffix(".txt") }
            .sorted()
            .map { promptsDir.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedPrompts.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) prompt files",
                executable: try context.tool(named: "PromptEmbedder").url,
                arguments: [promptsDir.path, output.path],
                inputFiles: files + [promptsDir],
                outputFiles: [output]
            )
        ]
    }
}
