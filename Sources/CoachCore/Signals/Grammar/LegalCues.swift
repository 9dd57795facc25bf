import CoachText

/// The writer threatening legal action, read on the engine: a legal word (`lexicon/concepts/legal.txt`:
/// "lawyer", "sue", "small claims", "see you in court") with the writer's intent near it
/// (`legal-intent.txt`: "I will sue", "I've contacted my solicitor", "lawsuit incoming").
/// Not when negated ("I won't sue"), when someone else's threat is reported ("they threatened
/// to sue me"), when the writer is the one sued ("sue me"), or when the word names a person in
/// the story ("my lawyer friend", "Sue did my nails"). One signal per sentence.
struct LegalCues {
    /// How many words before a legal word the writer's intent may stand ("I will take legal action").
    static let intentBefore = 6
    /// How many words after it ("my attorney has been notified").
    static let intentAfter = 3
    /// How many words before it a reported threat may stand ("they threatened to sue").
    static let threatBefore = 5

    let text: TextAnalysis
    var v = Vocabulary.shipped

    /// One signal per sentence with a legal threat, quoting the sentence.
    func signals() -> [Signal] {
        guard text.allConcepts.contains(v.legal) else { return [] }
        var out: [Signal] = []
        for s in text.sentences.indices where text.sentenceConcepts[s].contains(v.legal) {
            if let m = text.matches[text.sentenceMatches[s]].first(where: { $0.concept == v.legal && fires($0, sentence: s) }) {
                out.append(text.signal(.legalThreat, around: m.firstToken, m.endToken - 1))
            }
        }
        return out
    }

    private func fires(_ m: ConceptMatch, sentence s: Int) -> Bool {
        if m.negated || isName(m) { return false }
        var intent = false
        // only what starts in the window around the word: a sentence of a thousand legal words stays linear
        let window = max(0, m.firstToken - max(Self.threatBefore, Self.intentBefore))..<(m.endToken + Self.intentAfter)
        for o in text.matches(startingIn: window, sentence: s) {
            if o.concept == v.threaten && o.endToken <= m.firstToken && m.firstToken - o.firstToken <= Self.threatBefore { return false }
            if (o.concept == v.firstPerson || o.concept == v.bystander) && o.firstToken == m.endToken { return false }
            if o.concept == v.legalIntent && !o.negated {
                let before = o.endToken <= m.firstToken && m.firstToken - o.firstToken <= Self.intentBefore
                let after = o.firstToken >= m.endToken && o.firstToken - m.endToken < Self.intentAfter
                if before || after { intent = true }
            }
        }
        return intent
    }

    /// A one-word legal word with a capital inside a sentence is a name: "and Sue did my nails".
    private func isName(_ m: ConceptMatch) -> Bool {
        let t = text.tokens[m.firstToken]
        return m.endToken - m.firstToken == 1 && t.flags.contains(.titleCase) && text.sentences[Int(t.sentence)].firstToken != m.firstToken
    }
}
