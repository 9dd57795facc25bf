/// Text made safe for HTML: every character that could open markup or end an attribute is an
/// entity, and control characters show as their visible markers (as on a terminal).
public enum HTMLText {
    /// `text` escaped for an HTML element's content or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in UntrustedText.terminal(text, keepNewlines: true) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
