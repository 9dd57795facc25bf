import CoachText

extension TextAnalysis {
    /// A signal quoting whole sentences, exactly as written.
    func signal(_ kind: SignalKind, sentences range: ClosedRange<Int>) -> Signal {
        let start = sentences[range.lowerBound].start
        let end = sentences[range.upperBound].end
        return Signal(kind: kind, text: text(start, end), offset: start)
    }

    /// A signal quoting tokens `first..<end`.
    func signal(_ kind: SignalKind, tokens first: Int, _ end: Int) -> Signal {
        let start = tokens[first].start
        return Signal(kind: kind, text: text(start, tokens[end - 1].end), offset: start)
    }
}
