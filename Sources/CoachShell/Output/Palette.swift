import CoachCore

/// Colours for line styles: ANSI on a terminal, nothing otherwise or when NO_COLOR is set.
public struct Palette: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// Colour only when output is a terminal, NO_COLOR is unset or empty, and TERM is not "dumb".
    public static func forTerminal(isTerminal: Bool, environment: [String: String]) -> Palette {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return Palette(enabled: isTerminal && !noColor && environment["TERM"] != "dumb")
    }

    public func paint(_ text: String, _ style: LineStyle) -> String {
        guard enabled, !text.isEmpty else { return text }
        let code: String
        switch style {
        case .plain: return text
        case .heading: code = "1"
        case .question: code = "1;36"
        case .quote: code = "33"
        case .reply: code = "32"
        case .hint: code = "2"
        case .warning: code = "35"
        case .error: code = "1;31"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
