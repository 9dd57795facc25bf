import CoachText

/// Shouting, read on the engine: two or more words in capitals of three letters or more in a
/// row ("WORST SERVICE EVER"; short capitals such as "IS", "A" may sit between them), or a run of
/// exclamation marks ("!!"). A lone acronym ("BBQ") is not shouting; a sentence with both is
/// quoted once, by its capitals. No words are listened for: only the shape of the text.
struct ShoutingCues {
    /// The most words quoted for one run of capitals.
    static let maxRun = 40
    /// The most bytes quoted of a run of exclamation marks outside any sentence.
    static let maxBangQuote = 16

    let text: TextAnalysis

    init(_ text: TextAnalysis) { self.text = text }

    /// The shouting signals, capitals first, then one per sentence with a run of `!`.
    func signals() -> [Signal] {
        var out: [Signal] = []
        var shouted = Set<Int>()
        capitals(&out, &shouted)
        exclamations(&out, shouted)
        return out
    }

    private func capitals(_ out: inout [Signal], _ shouted: inout Set<Int>) {
        let tokens = text.tokens
        var k = 0
        while k < tokens.count {
            guard isCaps(k) else { k += 1; continue }
            var e = k, long = isShout(k) ? 1 : 0
            while e + 1 < tokens.count && isCaps(e + 1) {
                e += 1
                // a contraction's second token covers the same bytes: count the word once
                if isShout(e) && tokens[e].start != tokens[e - 1].start { long += 1 }
            }
            var a = k, b = e
            while a < b && !isShout(a) { a += 1 }
            while b > a && !isShout(b) { b -= 1 }
            if long >= 2 {
                out.append(text.signal(.shouting, tokens: a, min(b, a + Self.maxRun - 1) + 1))
                for s in Int(tokens[a].sentence)...Int(tokens[b].sentence) { shouted.insert(s) }
            }
            k = e + 1
        }
    }

    private func exclamations(_ out: inout [Signal], _ shouted: Set<Int>) {
        let bytes = text.bytes, sentences = text.sentences
        var i = 0, s = 0, last = -1
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "!") else { i += 1; continue }
            var j = i + 1
            while j < bytes.count && bytes[j] == UInt8(ascii: "!") { j += 1 }
            defer { i = j }
            guard j - i >= 2 else { continue }
            while s + 1 < sentences.count && sentences[s + 1].start <= i { s += 1 }
            if s < sentences.count && sentences[s].start <= i {
                if s == last || shouted.contains(s) { continue }
                last = s
                let span = sentences[s]
                if max(span.end, j) - span.start <= TextAnalysis.maxQuote {
                    out.append(text.quote(.shouting, span.start, max(span.end, j)))  // with the marks that end it
                } else {
                    out.append(text.signal(.shouting, around: span.firstToken, span.endToken - 1))
                }
            } else {
                out.append(text.quote(.shouting, i, min(j, i + Self.maxBangQuote)))
            }
        }
    }

    /// A word in capitals: two letters or more, or a single capital letter ("A", "I").
    private func isCaps(_ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.flags.contains(.allCaps) || (t.flags.contains(.titleCase) && t.end - t.start == 1)
    }

    /// A shouted word: in capitals, three letters or more.
    private func isShout(_ k: Int) -> Bool {
        let t = text.tokens[k]
        return t.flags.contains(.allCaps) && t.end - t.start >= 3
    }
}
