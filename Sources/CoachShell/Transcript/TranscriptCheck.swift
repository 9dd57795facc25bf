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

    /// Replays the file; with `update`, writes the new text when it differs. A diff comes back
    /// safe to print: hidden characters from the file shown as markers. A file that is not
    /// a transcript at all (no header, no typed line, no exit line) is an error, never rewritten.
    public func check(path: String, update: Bool) throws -> Outcome {
        let expected = Transcript(parsing: try TextFile.read(path, limit: TextFile.transcriptLimit, what: "transcript", oneOfMany: true))
        guard expected.looksLikeATranscript(prompts: player.prompts) else {
            throw ShellError("\(path) does not look like a transcript (no \"#\" header, no line typed after a prompt, no [exit N] line), so it was left as it is; see transcripts/README.md for the format")
        }
        // The profile's path is relative to the transcript; a recording made with --profile
        // keeps the path as typed, relative to where it ran.
        let profile = try expected.profilePath.map { file in
            let beside = FilePath.split(path).directory + "/" + file
            return try ProfileFile.read(file.hasPrefix("/") || access(beside, F_OK) != 0 ? file : beside)
        }
        let actual = player.replay(expected, profile: profile ?? OwnerProfile())
        if actual == expected { return .matches }
        if update {
            try SafeFile.write(actual.text, to: path, overwrite: true)
            return .updated
        }
        // The file's lines (and its name) are untrusted: the diff is shown through the sanitiser.
        let diff = UnifiedDiff.diff(
            expected: expected.header + expected.body, actual: actual.header + actual.body, name: path)
        return .differs(diff: UntrustedText.terminal(diff))
    }
}
