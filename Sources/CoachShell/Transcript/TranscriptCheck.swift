import CoachCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks transcript files against what the program says today, or rewrites them.
public struct TranscriptCheck {
    public let player: TranscriptPlayer

    public init(catalog: PromptCatalog) { self.player = TranscriptPlayer(catalog: catalog) }

    /// The outcome for one file.
    public enum Outcome: Equatable {
        case matches
        case differs(diff: String)
        case updated
    }

    /// Replays the file; with `update`, writes the new text when it differs.
    public func check(path: String, update: Bool) throws -> Outcome {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let expected = Transcript(parsing: String(decoding: data, as: UTF8.self))
        let actual = player.replay(expected)
        if actual == expected { return .matches }
        if update {
            try AtomicFile.write(actual.text, to: path, overwrite: true)
            return .updated
        }
        let diff = UnifiedDiff.diff(
            expected: expected.header + expected.body, actual: actual.header + actual.body, name: path)
        return .differs(diff: diff)
    }
}
