// What the build-time embedders (PromptEmbedder, LexiconEmbedder) share: reading a folder of
// text files from the command line, writing Swift string literals, and writing the output only
// when it changed (so the build does not recompile what did not change).
import Foundation

/// The command line of an embedder: `TOOL INPUT_DIR OUTPUT_SWIFT_FILE`.
public struct EmbedderRun {
    /// Every `*.txt` file under the input folder, by path under it, sorted.
    public let files: [(name: String, text: String)]
    public let output: URL

    /// Reads the arguments and the files; exits with a usage line if the arguments are wrong.
    public init(tool: String) throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: \(tool) INPUT_DIR OUTPUT\n".utf8))
            exit(2)
        }
        let root = URL(fileURLWithPath: arguments[1])
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".txt") }.sorted()
        files = try names.map { (name: $0, text: try String(contentsOf: root.appending(path: $0), encoding: .utf8)) }
        output = URL(fileURLWithPath: arguments[2])
    }

    /// Writes `swift` to the output unless it already holds exactly that.
    public func write(_ swift: String) throws {
        if (try? String(contentsOf: output, encoding: .utf8)) != swift { try swift.write(to: output, atomically: true, encoding: .utf8) }
    }

    /// Reports problems as `FILE:LINE: error: MESSAGE` lines and exits 1.
    public func fail(_ lines: [String]) -> Never {
        for l in lines { FileHandle.standardError.write(Data((l + "\n").utf8)) }
        exit(1)
    }
}

/// A Swift raw string literal holding `text` exactly, with enough # that nothing in it closes it.
public func swiftLiteral(_ text: String, multiline: Bool) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    return multiline ? "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)" : "\(hashes)\"\(text)\"\(hashes)"
}
