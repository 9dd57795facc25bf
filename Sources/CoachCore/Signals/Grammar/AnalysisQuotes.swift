import CoachText

extension TextAnalysis {
    /// The longest quote, in UTF-8 bytes, that a sentence or clause is quoted whole up to.
    static let maxQuote = 280

    /// A signal quoting whole sentences, exactly as written.
    func signal(_ kind: SignalKind, sentences range: ClosedRange<Int>) -> Signal {
        quote(kind, sentences[range.lowerBound].start, sentences[range.upperBound].end)
    }

    /// A signal quoting tokens `first..<end`.
    func signal(_ kind: SignalKind, tokens first: Int, _ end: Int) -> Signal {
        quote(kind, tokens[first].start, tokens[end - 1].end)
    }

    /// A signal quoting the sentence that holds tokens `first...last`; in a sentence too long to
    /// quote, its clause, else the tokens with a few words either side.
    func signal(_ kind: SignalKind, around first: Int, _ last: Int) -> Signal {
        let a = tokens[first], b = tokens[last]
        let sentence = (sentences[Int(a.sentence)].start, sentences[Int(b.sentence)].end)
        if sentence.1 - sentence.0 <= Self.maxQuote { return quote(kind, sentence.0, sentence.1) }
        let clause = (clauses[Int(a.clause)].start, clauses[Int(b.clause)].end)
        if clause.1 - clause.0 <= Self.maxQuote { return quote(kind, clause.0, clause.1) }
        let lo = max(sentences[Int(a.sentence)].firstToken, first - 8)
        let hi = min(sentences[Int(b.sentence)].endToken - 1, last + 8)
        let start = max(clause.0, tokens[lo].start), end = min(clause.1, tokens[hi].end)
        if end - start <= Self.maxQuote * 4 { return quote(kind, start, end) }
        return quote(kind, a.start, b.end)
    }

    /// A signal quoting bytes `start..<end` on whole characters, with the offset it starts at.
    func quote(_ kind: SignalKind, _ start: Int, _ end: Int) -> Signal {
        let range = quoted(start, end)
        return Signal(kind: kind, text: String(decoding: bytes[range], as: UTF8.self), offset: range.lowerBound)
    }
}
