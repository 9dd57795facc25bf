import CoachText

extension TrollCues {
    /// The most words from a past job to the job or place it names: "used to manage the bar here".
    static let jobReach = 5

    /// A conflict of interest the writer states without "I was a ...": a past job as a verb
    /// with the job or place after it ("Used to manage the bar here", "got fired from this
    /// gym"), a former post opening its clause ("Former sous chef.", "Ex-kitchen staff"), a
    /// spell of work with its length ("Did two summers on the tills here"), or a love or
    /// marriage tie to the owner ("Dated the owner for three years").
    func pastJobSentence() -> Int? {
        let wanted = ConceptSet([v.pastJob, v.formerMark, v.workStint, v.tieVerb])
        guard text.allConcepts.intersects(wanted) else { return nil }
        let target = ConceptSet([v.jobRole, v.workPlace])
        for s in text.sentences.indices where text.sentenceConcepts[s].intersects(wanted) {
            let ms = text.matches[text.sentenceMatches[s]]
            for m in ms where wanted.contains(m.concept) && !m.negated && byWriter(m.firstToken, s) {
                let reach = m.concept == v.formerMark ? 2 : Self.jobReach
                let named = { (want: ConceptSet) in
                    ms.contains { want.contains($0.concept) && $0.firstToken >= m.endToken && $0.firstToken - m.endToken <= reach }
                }
                switch m.concept {
                case v.tieVerb: if named(ConceptSet([v.ownerPerson])) { return s }
                case v.formerMark: if named(ConceptSet([v.jobRole])) && opensClause(m.firstToken, s) { return s }
                case v.workStint: if text.sentenceConcepts[s].intersects(target) { return s }
                default: if named(target) { return s }
                }
            }
        }
        return nil
    }

    /// Whether the word at token `i` of sentence `s` opens its clause.
    func opensClause(_ i: Int, _ s: Int) -> Bool {
        i == text.sentences[s].firstToken || text.tokens[i - 1].clause != text.tokens[i].clause
    }

    /// Whether the phrase at token `i` of sentence `s` is the writer's: "I" or "we" just before
    /// it, or before one auxiliary not in the past ("I have never", not "I had never"), or
    /// nothing, when it opens its clause ("Used to work here", not "the chef who used to work here").
    func byWriter(_ i: Int, _ s: Int) -> Bool {
        if opensClause(i, s) || afterFirstPerson(i, s) { return true }
        return i > text.sentences[s].firstToken && afterFirstPerson(i - 1, s) && !text.tokens[i - 1].flags.contains(.past)
    }

    /// "Wrong Harrison's probably", "Wrong Joe's Diner": "wrong" right before a name (a
    /// capitalised word), never "wrong order".
    func wrongNameSentence() -> Int? {
        guard text.allConcepts.contains(v.wrongName) else { return nil }
        return text.matches.first { m in
            guard m.concept == v.wrongName, m.endToken < text.tokens.count else { return false }
            let next = text.tokens[m.endToken], s = Int(next.sentence)
            // opening its clause and the name in the same clause: not "got so many things wrong: Skordalia ..."
            guard s == Int(text.tokens[m.firstToken].sentence), opensClause(m.firstToken, s), next.clause == text.tokens[m.firstToken].clause else { return false }
            return next.flags.contains(.titleCase)
                && !text.matches(startingAt: m.endToken, sentence: s).contains { $0.concept == v.firstPerson }
        }.map { Int(text.tokens[$0.firstToken].sentence) }
    }

    /// Off topic: the writer clears the business ("Not the shop's fault, but ...", "Not about
    /// the shop at all"), in a review that tells of no visit.
    func notTheirFaultSentence() -> Int? {
        guard text.allConcepts.contains(v.notTheirFault), !toldOfAVisit else { return nil }
        return firstSentence([v.notTheirFault], .any)
    }

    /// Never a customer: judged from outside, without going in ("1 star based on the Street
    /// View", "Drove past once", "Saw a TikTok about this place"), in a review that tells of no visit.
    func remoteJudgementSentence() -> Int? {
        guard text.allConcepts.contains(v.remoteJudgement), !toldOfAVisit(countingStates: true, ignoring: ConceptSet([v.remoteJudgement])) else { return nil }
        return firstSentence([v.remoteJudgement], .any)
    }
}
