/// How a line of the coach's output should look; the shell maps styles to colours on a terminal.
public enum LineStyle: String, Sendable, Equatable {
    case plain, heading, question, quote, reply, hint, warning, error
}

/// One line of output with its style. The text never holds a newline.
public struct StyledLine: Sendable, Equatable {
    public var style: LineStyle
    public var text: String

    public init(_ style: LineStyle, _ text: String) {
        self.style = style
        self.text = text
    }
}

extension StyledLine {
    /// One styled line per line of `text` (a styled line never holds a newline).
    public static func lines(_ style: LineStyle, _ text: String) -> [StyledLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { StyledLine(style, String($0)) }
    }

    /// The same, each indented by two spaces: how reviews and replies are set off.
    public static func indentedLines(_ style: LineStyle, _ text: String) -> [StyledLine] {
        lines(style, text).map { StyledLine($0.style, "  " + $0.text) }
    }
}
