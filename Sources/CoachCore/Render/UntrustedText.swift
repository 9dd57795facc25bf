/// The one sanitiser for untrusted text: a review, the owner's answers and drafts, a transcript,
/// a `--prompts` override, a file name, an option's value. Every output the coach writes passes
/// such text through one of its modes, so nothing in it can act on a terminal or a Markdown
/// viewer:
///
/// - `terminal(_:)`: every *hidden* character (see `isHidden(_:)`) is shown as a visible,
///   harmless marker, `\u{1B}` for an escape, `\u{202E}` for a right-to-left override, so a
///   reader sees that something was there. The marker is the same one a transcript uses for a
///   typed control character, so a replayed transcript reads it back (`Transcript.inputs`).
/// - `markdown(_:)` and `markdownFenced(_:)`: the terminal mode, then Markdown escaping or
///   a code fence, so nothing renders as HTML, a link, an image, a heading, a list or emphasis.
/// - JSON: the JSON writer escapes the same hidden characters as `\uXXXX` (it asks
///   `isHidden(_:)`), so its output is safe to `cat`.
public enum UntrustedText {
    /// Whether a character must never reach an output raw: the C0 controls (newline and tab
    /// included: each mode decides what to do with them), DEL, the C1 controls U+0080 to U+009F,
    /// the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
    /// U+202A to U+202E, U+2066 to U+2069), and the zero-width characters (U+200B to U+200D,
    /// U+2060, U+FEFF).
    @inlinable
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0x061C, 0xFEFF: true
        default: false
        }
    }

    /// The visible marker shown in place of a hidden character: `\u{1B}`, `\u{202E}`.
    public static func marker(for scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    // MARK: - Terminal

    /// The text made safe for a terminal (and for anything that reads as plain text): every
    /// hidden character shown as its marker. Newlines are kept when `keepNewlines` is true;
    /// a tab becomes a space (so wrapping stays right).
    public static func terminal(_ text: String, keepNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepNewlines {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\t" {
                result += " "
            } else if isHidden(scalar) {
                result += marker(for: scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: - Markdown

    /// Untrusted text made safe as Markdown text: in a paragraph, a list item, a quote or a
    /// table cell. The terminal mode (newlines kept), then a backslash before every character
    /// that could start HTML, an entity, a link, an image, emphasis, code, strike-through or a
    /// table cell (`\ ` * _ [ ] < > & ~ |`), and before a heading, list, quote or rule marker at
    /// the start of each line (`#`, `-`, `+`, `=`, `1.`, `1)`). A caller that puts each line
    /// after its own prefix ("> ", "- ") splits the text first.
    public static func markdown(_ text: String) -> String {
        let safe = terminal(text, keepNewlines: true)
        var result = ""
        result.reserveCapacity(safe.utf8.count + 8)
        var atStart = true
        var characters = safe.unicodeScalars[...]
        while let scalar = characters.first {
            characters = characters.dropFirst()
            if scalar == "\n" {
                result.unicodeScalars.append(scalar)
                atStart = true
                continue
            }
            if atStart {
                if scalar == " " {
                    result.unicodeScalars.append(scalar)
                    continue
                }
                atStart = false
                if "#-+=".unicodeScalars.contains(scalar) {
                    result += "\\"
                } else if ("0"..."9").contains(scalar) {
                    // "12." or "12)" at the start is an ordered list: escape its dot or bracket.
                    let digits = characters.prefix { ("0"..."9").contains($0) }
                    let after = characters.dropFirst(digits.count).first
                    if after == "." || after == ")" {
                        result.unicodeScalars.append(scalar)
                        result.unicodeScalars.append(contentsOf: digits)
                        result += "\\"
                        result.unicodeScalars.append(after!)
                        characters = characters.dropFirst(digits.count + 1)
                        continue
                    }
                }
            }
            if markdownPunctuation.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Untrusted text of any number of lines as a fenced code block, shown verbatim by every
    /// Markdown viewer and never rendered: the terminal mode (newlines kept), inside a fence of
    /// backticks one longer than the longest run of backticks in the text (at least three), so
    /// no line of the text can close it. No newline after the closing fence.
    public static func markdownFenced(_ text: String) -> String {
        let safe = terminal(text, keepNewlines: true)
        var longest = 0, run = 0
        for scalar in safe.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + safe + "\n" + fence
    }

    private static let markdownPunctuation: Set<Unicode.Scalar> = Set("\\`*_[]<>&~|".unicodeScalars)
}
