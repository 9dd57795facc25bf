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
