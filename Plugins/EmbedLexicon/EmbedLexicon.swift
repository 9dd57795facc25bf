import Foundation
import PackagePlugin

/// Turns every `*.txt` file under the package's top-level `lexicon/` folder into Swift source,
/// so every word the coach listens for is data a non-programmer edits, checked at build time;
/// for the C target `CoachLexiconTables`, into the lexicon's finished matching tables as C data.
@main
struct EmbedLexicon: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexiconDir = context.package.directoryURL.appending(path: "lexicon")
        let files = try FileManager.default
            .subpathsOfDirectory(atPath: lexiconDir.path)
            .filter { $0.hasSuffix(".txt") }
            .sorted()
            .map { lexiconDir.appending(path: $0) }
        let tables = target.name == "CoachLexiconTables"
        let output = context.pluginWorkDirectoryURL.appending(path: tables ? "GeneratedLexiconTables.c" : "GeneratedLexicon.swift")
        return [
            .buildCommand(
                displayName: tables ? "Compiling the lexicon's tables from \(files.count) files" : "Embedding \(files.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [lexiconDir.path, output.path],
                inputFiles: files + [lexiconDir],
                outputFiles: [output]
            )
        ]
    }
}
