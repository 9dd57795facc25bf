import CoachCore

/// A golden conversation: comment lines that say what it shows, then the session exactly as a
/// terminal shows it, the owner's input after each prompt, then the exit code.
///
///     # Title: A threat, answered calmly
///     # Verdict: threat_based
///     # args: --explain
///     Review Coach: let's answer one negative review, calmly and well.
///     ...
///     review> Refund me or I post this everywhere.
///     ...
///     you> ^D
///     [exit 0]
public struct Transcript: Sendable, Equatable {
    /// Transcripts are wrapped at this width so they read the same everywhere.
    public static let width = 80
    /// Shown after the prompt where input ended (Ctrl-D).
    public static let endOfInputMark = "^D"

    /// The comment lines at the top, with their "#".
    public var header: [String]
    /// The session lines and the exit line.
    public var body: [String]

    public init(header: [String], body: [String]) {
        self.header = header
        self.body = body
    }

    /// Splits a file into its header (leading "#" lines) and body.
    public init(parsing text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let headerCount = lines.prefix { $0.hasPrefix("#") }.count
        self.init(header: Array(lines.prefix(headerCount)), body: Array(lines.dropFirst(headerCount)))
    }

    /// The file after `--profile` in the "# args:" line, as written (relative to the transcript).
    public var profilePath: String? {
        let arguments = arguments
        guard let index = arguments.firstIndex(of: "--profile"), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    /// The extra command-line options in a "# args:" header line (`--explain`, `--profile FILE`).
    public var arguments: [String] {
        header.first { $0.hasPrefix("# args:") }
            .map { $0.dropFirst("# args:".count).split(separator: " ").map(String.init) } ?? []
    }

    /// The lines the owner typed, in order: the text after each prompt, up to an end-of-input mark.
    public func inputs(prompts: [String]) -> [String] {
        var result: [String] = []
        for line in body {
            guard let prompt = prompts.first(where: { line.hasPrefix($0) || line == $0.trimmingTrailingSpace() }) else { continue }
            let typed = line.count > prompt.count ? String(line.dropFirst(prompt.count)) : ""
            if typed == Self.endOfInputMark { break }
            result.append(Self.unescape(typed))
        }
        return result
    }

    /// Turns the visible escapes `\u{1B}` that the coach shows for control characters back into
    /// the characters, so a transcript can hold input that a terminal would not show.
    static func unescape(_ line: String) -> String {
        guard line.contains("\\u{") else { return line }
        var result = ""
        var rest = line[...]
        while let start = rest.firstRange(of: "\\u{") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            if let close = after.firstIndex(of: "}"), let value = UInt32(after[..<close], radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
                rest = after[after.index(after: close)...]
            } else {
                result += "\\u{"
                rest = after
            }
        }
        return result + rest
    }

    /// Whether the text has any of a transcript's marks: a header, a line after a prompt, or
    /// the exit line. `replay --update` rewrites only files that do, so a stray file matched by
    /// a glob (a README, notes) is never replaced by a conversation.
    public func looksLikeATranscript(prompts: [String]) -> Bool {
        !header.isEmpty || body.contains { line in
            line.hasPrefix("[exit ") || prompts.contains { line.hasPrefix($0) || line == $0.trimmingTrailingSpace() }
        }
    }

    /// The file's text.
    public var text: String { (header + body).joined(separator: "\n") + "\n" }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
