import CoachCore

/// Turns styled lines into text for a person: unsafe characters shown as escapes, wrapped to a
/// width, coloured by the palette (the same treatment the chat gives its output).
public struct ReadableLines: Sendable {
    public var width: Int?
    public var palette: Palette

    public init(width: Int?, palette: Palette) {
        self.width = width
        self.palette = palette
    }

    /// For standard output: wrapped at `width`, else the terminal's width (80 in a pipe), and
    /// coloured only on a terminal without `NO_COLOR`.
    public static func standardOutput(width: Int?) -> ReadableLines {
        let format = StandardOutputFormat.current(width: width)
        return ReadableLines(width: format.width, palette: format.palette)
    }

    /// The lines as text, each ending in a newline.
    public func text(_ lines: [StyledLine]) -> String {
        let wrapper = width.map(TextWrapper.init)
        var text = ""
        for line in lines {
            let safe = UntrustedText.terminal(line.text, keepNewlines: false)
            for piece in wrapper?.wrap(safe) ?? [safe] {
                text += palette.paint(piece, line.style) + "\n"
            }
        }
        return text
    }
}
