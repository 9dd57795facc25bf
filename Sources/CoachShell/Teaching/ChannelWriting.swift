import CoachCore

extension ChatLoop.Channel {
    /// Writes lines to this channel: escaped, wrapped and coloured as the channel says.
    /// (Used by the chat loop's `show` and by the teaching commands.) Together with
    /// `writeInput(_:)`, the only way text reaches a channel: both go through `UntrustedText`.
    public func write(_ lines: [StyledLine]) {
        guard !lines.isEmpty else { return }
        var format = format
        if followsTerminalWidth { format.width = TerminalSize.columns() }
        sink.write(format.text(lines))
    }

    /// Writes the prompt and what was typed, on channels that show input.
    func echo(_ text: String) {
        if echo == .promptAndInput { writeInput(text) }
    }

    /// Writes one line of input as the channel shows it (whatever its echo): every hidden
    /// character shown as its marker, so typed text never reaches the terminal raw, and a
    /// transcript holds the marker it reads back on replay.
    func writeInput(_ text: String) {
        sink.write(UntrustedText.terminal(text, keepNewlines: false) + "\n")
    }
}
