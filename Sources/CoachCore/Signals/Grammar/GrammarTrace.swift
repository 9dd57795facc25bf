import CoachText

/// A readable trace of how the engine read a text: each sentence's concepts (with the words
/// that matched) and which parts of a demand it holds. For lexicon editors (`lexicon-probe`).
public enum GrammarTrace {
    public static func lines(for review: String) -> [String] {
        let v = Vocabulary.shipped
        let a = TextAnalysis(review, lexicon: v.lexicon)
        let g = DemandGrammar(a, vocabulary: v)
        var out: [String] = []
        for s in a.sentences.indices {
            let span = a.sentences[s]
            out.append("sentence \(s): \(a.text(span.start, span.end))")
            let words = a.matches[a.sentenceMatches[s]].map { m in
                "\(v.lexicon.conceptNames[m.concept.id])\(m.negated ? "(neg)" : "")=\(a.text(a.tokens[m.firstToken].start, a.tokens[m.endToken - 1].end))"
            }
            out.append("  concepts: " + words.joined(separator: ", "))
            let p = g.parts(s)
            func q(_ m: PatternMatch?) -> String { m.map { a.text(a.tokens[$0.firstToken].start, a.tokens[$0.endToken - 1].end) } ?? "-" }
            out.append("  act: \(q(p.act)) | ask: \(q(p.ask)) | exchange: \(q(p.exchange)) | condition: \(p.condition) | improvement: \(p.improvement) | repeat: \(p.repeatAct) | goes ahead: \(p.goesAhead)")
        }
        out.append("findings: \(g.findings().map { "\($0.cue?.rawValue ?? SignalKind.demand.rawValue) sentences \($0.firstSentence)...\($0.lastSentence)" })")
        return out
    }
}
