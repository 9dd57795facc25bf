import CoachCore

extension ChatLoop.Channel {
    /// Writes lines to this channel: escaped, wrapped and coloured as the channel says.
    /// (The teaching commands' way to the terminal; the chat loop's `show` does the same.)
    public func write(_ lines: [StyledLine]) {
        guard !lines.isEmpty else { return }
        var text = ""
        for line in lines {
            let safe = VisibleText.escape(line.text, keepNewlines: false)
            for piece in wrapper?.wrap(safe) ?? [safe] { text += palette.paint(piece, line.style) + "\n" }
        }
        sink.write(text)
    }

    /// Writes the prompt and what was typed, on channels that show input.
    func echo(_ text: String) {
        if echo == .promptAndInput { sink.write(text + "\n") }
    }
}
