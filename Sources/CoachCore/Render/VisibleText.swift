/// Makes untrusted text (a review, a draft, a file) safe to show on a terminal: control characters,
/// escape sequences and bidirectional overrides become visible escapes such as `\u{1B}`.
public enum VisibleText {
    /// The text with every character that could act on a terminal shown as an escape.
    /// Newlines are kept when `keepNewlines` is true; tabs become a space.
    public static func escape(_ text: String, keepNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepNewlines {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\t" {
                result += " "
            } else if needsEscape(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate characters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
