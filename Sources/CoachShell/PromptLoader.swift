import CoachCore
import CoachPrompts
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads the prompt catalogue: the text embedded at build time, optionally overridden by a
/// trainer's folder of edited prompt files (`--prompts DIR`).
public enum PromptLoader {
    /// The embedded catalogue, parsed when the coach was built (a broken prompt file fails the
    /// build with its file and line), so start-up only fills a dictionary.
    public static func embedded() -> PromptCatalog {
        var entries: [String: String] = [:]
        entries.reserveCapacity(EmbeddedPrompts.entries.count)
        for entry in EmbeddedPrompts.entries { entries[entry.key] = entry.text }
        return PromptCatalog(entries: entries)
    }

    /// The embedded catalogue with every `*.txt` file in `directory` layered on top.
    public static func load(overrides directory: String?) throws -> PromptCatalog {
        let base = embedded()
        guard let directory else { return base }
        var status = stat()
        guard stat(directory, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw ShellError("--prompts \(directory): no such folder; give the folder that holds your edited prompt .txt files")
        }
        let names = try FileManager.default.subpathsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var files: [(name: String, text: String)] = []
        for name in names {
            let text = try TextFile.read(directory + "/" + name, limit: TextFile.promptLimit, what: "prompt file", regularOnly: true)
            files.append((name, text))
        }
        return base.overridden(by: safe(try PromptCatalog(files: files)))
    }

    /// An override folder is untrusted text: its entries are shown raw in places no channel
    /// sanitises (the prompt libedit draws), so every entry goes through the sanitiser once, here.
    static func safe(_ overrides: PromptCatalog) -> PromptCatalog {
        PromptCatalog(entries: overrides.entries.mapValues { UntrustedText.terminal($0) })
    }
}

/// An error the command line reports on one line, with what to do about it. It often names a
/// file or an option's value, so `main` prints it through `UntrustedText.terminal`.
public struct ShellError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
