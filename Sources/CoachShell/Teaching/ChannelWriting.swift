import CoachCore

extension ChatLoop.Channel {
    /// Writes lines to this channel: escaped, wrapped and coloured as the channel says.
    /// (Used by the chat loop's `show` and by the teaching commands.)
    public func write(_ lines: [StyledLine]) {
        guard !lines.isEmpty else { return }
        var format = format
        if followsTerminalWidth { format.width = TerminalSize.columns() }
        sink.write(format.text(lines))
    }

    /// Writes the prompt and what was typed, on channels that show input.
    func echo(_ text: String) {
        if echo == .promptAndInput { sink.write(text + "\n") }
    }
}
