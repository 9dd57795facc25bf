import CoachText

extension TextAnalysis {
    /// A signal quoting whole sentences, exactly as written.
    func signal(_ kind: SignalKind, sentences range: ClosedRange<Int>) -> Signal {
        quote(kind, sentences[range.lowerBound].start, sentences[range.upperBound].end)
    }

    /// A signal quoting tokens `first..<end`.
    func signal(_ kind: SignalKind, tokens first: Int, _ end: Int) -> Signal {
        quote(kind, tokens[first].start, tokens[end - 1].end)
    }

    /// A signal quoting bytes `start..<end` on whole characters, with the offset it starts at.
    private func quote(_ kind: SignalKind, _ start: Int, _ end: Int) -> Signal {
        let range = quoted(start, end)
        return Signal(kind: kind, text: String(decoding: bytes[range], as: UTF8.self), offset: range.lowerBound)
    }
}
