import CoachText

extension TrollCues {
    /// The most words from the negator to the visit it denies: "haven't actually eaten here".
    static let denialReach = 2

    /// A visit the writer denies having made: a verb of visiting or using (`lexicon/concepts/visit.txt`)
    /// inside a negation and in the past ("Never been here", "Haven't tried it", "Didn't even go
    /// in", "I haven't actually eaten here"), with the writer or no one as its subject. Not a
    /// first visit ("had never been here before"), not reported speech ("they claim I never
    /// stayed here"), not advice ("don't go in") and not a visit after all ("I didn't order it").
    func deniedVisitSentence() -> Int? {
        let visits = ConceptSet([v.visit, v.visitWeak, v.visitBare, v.visitTo])
        guard text.allConcepts.intersects(visits) else { return nil }
        for s in text.sentences.indices where text.sentenceConcepts[s].intersects(visits) {
            if contradictsNeverCustomer(sentence: s) { continue }
            let ms = text.matches[text.sentenceMatches[s]]
            for m in ms where visits.contains(m.concept) && m.negated && deniedByWriter(m, s) {
                // a first visit or a long absence in its clause: "had never been here before", "haven't been in years"
                let clause = text.tokens[m.firstToken].clause
                if ms.contains(where: { $0.concept == v.firstVisit && text.tokens[$0.firstToken].clause == clause }) { continue }
                switch m.concept {
                case v.visit: return s
                case v.visitBare: if endsClause(m, s) { return s }
                case v.visitTo: if namesAPlace(after: m) { return s }
                default: if weakVisitConfirmed(m, s) { return s }
                }
            }
        }
        return nil
    }

    /// Whether a weak visit, which names no place ("Never ordered", "not a customer", "haven't
    /// tried it"), is confirmed: a refusal to come in its sentence or the next ("never will",
    /// "Don't plan to."), or something reported set against it ("but my friend said").
    private func weakVisitConfirmed(_ m: ConceptMatch, _ s: Int) -> Bool {
        if text.sentenceConcepts[s].contains(v.refusal) { return true }
        if s + 1 < text.sentences.count && text.sentenceConcepts[s + 1].contains(v.refusal) { return true }
        let after = text.matches(startingIn: m.endToken..<text.sentences[s].endToken, sentence: s)
        guard let but = after.first(where: { $0.concept == v.contrast }) else { return false }
        return after.contains { $0.concept == v.reported && $0.firstToken > but.firstToken }
    }

    /// Whether the visit `m` in sentence `s` is denied by the writer, in the past: a negator at
    /// most `denialReach` words before it, with the writer or no one just before the negator
    /// ("I have never", "Have not", "Never"), only small words between the negator and the visit,
    /// nothing reported before it, and in the past: a past form or the perfect from the word
    /// before the negator on ("haven't been", "didn't go", "never stayed", "have never set foot"),
    /// but not the past perfect of a first visit ("I had never been there, so I booked"); or a
    /// habit denied and then set against something or refused for good ("I never eat here but
    /// my wife says", "I don't shop here and I'm not planning to").
    private func deniedByWriter(_ m: ConceptMatch, _ s: Int) -> Bool {
        let first = text.sentences[s].firstToken, clause = text.tokens[m.firstToken].clause
        let tokens = text.tokens
        let inClause = { (i: Int) in tokens[i].clause == clause }
        guard let n = (max(first, m.firstToken - Self.denialReach)..<m.firstToken).last(where: { tokens[$0].flags.contains(.negator) && inClause($0) }) else { return false }
        let opens = n == first || !inClause(n - 1) || n - 1 == first || !inClause(n - 2)
        let writer = text.matches(startingIn: max(first, n - Self.writerWords - 1)..<n, sentence: s).contains { $0.concept == v.firstPerson && $0.endToken >= n - 1 }
        guard opens || writer else { return false }
        if text.matches(startingIn: first..<m.firstToken, sentence: s).contains(where: { $0.concept == v.reported }) { return false }
        // only small words between the negator and the visit ("haven't actually been"), not a subject ("no staff was in")
        // (the small words an insult may be linked by, `insult-linker`, count as small: "actually", "really")
        let small = ConceptSet([v.perfect, v.insultLinker])
        if text.matches(startingIn: n + 1..<m.firstToken, sentence: s).contains(where: { !small.contains($0.concept) }) { return false }
        let lead = max(first, n - 1)
        // "I had never been there, so I booked": the past perfect tells of a first visit
        if lead < n && text.tokens[lead].flags.contains(.past) && text.matches(startingAt: lead, sentence: s).contains(where: { $0.concept == v.perfect }) { return false }
        if text.tokens[lead..<m.endToken].contains(where: { $0.flags.contains(.past) }) { return true }
        if text.matches(startingIn: lead..<m.firstToken, sentence: s).contains(where: { $0.concept == v.perfect }) { return true }
        // a habit denied ("I never eat here") holds when something else is set against it or a refusal follows
        let after = text.matches(startingIn: m.endToken..<text.sentences[s].endToken, sentence: s)
        return after.contains { $0.concept == v.contrast || $0.concept == v.refusal }
    }

    /// Whether a capitalised name follows the match `m` in its clause: "been to Joe's Diner".
    private func namesAPlace(after m: ConceptMatch) -> Bool {
        guard m.endToken < text.tokens.count else { return false }
        let next = text.tokens[m.endToken]
        return next.clause == text.tokens[m.firstToken].clause && next.flags.contains(.titleCase)
    }

    /// A denial of a visit that is a whole clause (`bare-denial`), with the writer or no one as
    /// its subject, ending its clause or set against something ("but") or refused for good:
    /// "Not a customer, I just live opposite", "I've never had a drink there and I never will."
    func bareDenialSentence() -> Int? {
        guard text.allConcepts.contains(v.bareDenial) else { return nil }
        return text.sentences.indices.first { s in
            let ms = text.matches[text.sentenceMatches[s]]
            let refused = text.sentenceConcepts[s].contains(v.refusal)
            return ms.contains { m in
                guard m.concept == v.bareDenial, byWriter(m.firstToken, s) else { return false }
                return refused || endsClause(m, s) || ms.contains { $0.concept == v.contrast && $0.firstToken == m.endToken }
            }
        }
    }

    /// Whether the match `m` ends its clause: the sentence ends after it, or the next word opens another clause.
    private func endsClause(_ m: ConceptMatch, _ s: Int) -> Bool {
        m.endToken >= text.sentences[s].endToken || text.tokens[m.endToken].clause != text.tokens[m.endToken - 1].clause
    }

    /// A denial with the visit left out (`elided-denial`), ending its clause after a visit named
    /// earlier in its sentence: "Don't know anyone who's been here and I certainly haven't, but ...".
    func elidedDenialSentence() -> Int? {
        guard text.allConcepts.contains(v.elidedDenial) else { return nil }
        let visits = ConceptSet([v.visit, v.visitWeak])
        return text.sentences.indices.first { s in
            let ms = text.matches[text.sentenceMatches[s]]
            return ms.contains { m in
                m.concept == v.elidedDenial && (endsClause(m, s) || ms.contains { $0.concept == v.contrast && $0.firstToken == m.endToken })
                    && ms.contains { visits.contains($0.concept) && $0.endToken <= m.firstToken }
            }
        }
    }

    /// A visit someone else made, disowned in a clause of its own: "my sister went, not me".
    func notMeSentence() -> Int? {
        guard text.allConcepts.contains(v.notMe) else { return nil }
        let visits = ConceptSet([v.visit, v.visitWeak, v.visitBare])
        return text.sentences.indices.first { s in
            let ms = text.matches[text.sentenceMatches[s]]
            return ms.contains { m in
                guard m.concept == v.notMe, m.firstToken > text.sentences[s].firstToken, opensClause(m.firstToken, s), endsClause(m, s) else { return false }
                let before = text.tokens[m.firstToken - 1].clause
                return ms.contains { visits.contains($0.concept) && text.tokens[$0.firstToken].clause == before && !$0.negated }
            }
        }
    }
}
