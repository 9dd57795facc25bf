import CoachText

/// Insults aimed at people, read on the engine (P13: abuse alone never makes a troll). Words
/// that only name people as an insult (`insult`: "idiot", "jerk"); words that insult only when
/// said of a person (`insult-noun`: "the manager is a pig", "you thieves", "a bunch of crooks");
/// insulting adjectives next to a person (`insult-adjective`: "stupid waitress"); and curses at
/// someone (`curse-at`: "f*ck you"). Not insults of things ("the food was garbage"), not the
/// writer naming themselves or reporting being named ("I felt like an idiot", "he called me a
/// moron"), not a negated insult ("the staff are not idiots").
struct AbuseCues {
    let text: TextAnalysis
    let v: Vocabulary
    /// How far back a negator may stand from the insult it cancels: "are not idiots".
    static let negationReach = 2
    /// How far back the writer, a treatment verb or a copula is looked for.
    static let selfReach = 5, copulaReach = 8, subjectReach = 9, personReach = 4

    init(_ text: TextAnalysis, vocabulary: Vocabulary = .shipped) {
        self.text = text
        self.v = vocabulary
    }

    /// One signal per sentence with an insult aimed at a person, quoting that sentence.
    func signals() -> [Signal] {
        let words = ConceptSet([v.insult, v.insultNoun, v.insultAdjective, v.curseAt])
        guard text.allConcepts.intersects(words) else { return [] }
        var out: [Signal] = []
        for s in text.sentences.indices where text.sentenceConcepts[s].intersects(words) {
            let ms = text.matches[text.sentenceMatches[s]]
            if let m = ms.first(where: { words.contains($0.concept) && fires($0, s) }) {
                out.append(text.signal(.abusive, around: m.firstToken, m.endToken - 1))
            }
        }
        return out
    }

    /// Whether concept `c` has a match starting at token `i` of sentence `s`.
    private func has(_ c: Concept, at i: Int, _ s: Int) -> Bool {
        text.matches(startingAt: i, sentence: s).contains { $0.concept == c }
    }

    private func fires(_ m: ConceptMatch, _ s: Int) -> Bool {
        if m.concept == v.curseAt { return true }
        let k = m.firstToken, first = text.sentences[s].firstToken
        if aimedAtSelf(k, m.endToken, s) { return false }
        if (max(first, k - Self.negationReach)..<k).contains(where: { text.tokens[$0].flags.contains(.negator) }) { return false }
        if m.concept == v.insult { return true }
        if m.concept == v.insultNoun { return aimedAtPerson(k, s) }
        // an adjective: "stupid waiter", or "the staff are so dumb"
        let end = text.sentences[s].endToken
        if (k + 1..<min(end, k + 3)).contains(where: { has(v.person, at: $0, s) }) { return true }
        return aimedAtPerson(k, s)
    }

    /// "I'm such an idiot", "I felt like an idiot", "he called me a moron", "treated us like
    /// idiots", "idiot me", "idiot-proof": the writer is the one named, or the word is no insult.
    /// Not "the guy next to us was a jerk", where "us" is followed by another subject's copula.
    private func aimedAtSelf(_ k: Int, _ end: Int, _ s: Int) -> Bool {
        let first = text.sentences[s].firstToken
        if end < text.sentences[s].endToken && has(v.selfAfter, at: end, s) { return true }
        // "they treat customers like idiots": how someone was treated, not a name called
        if (max(first, k - Self.selfReach)..<k).contains(where: { has(v.treatVerb, at: $0, s) }) { return true }
        var j = k - 1
        while j >= max(first, k - Self.selfReach) {
            if has(v.selfRef, at: j, s) {
                return !(has(v.selfObject, at: j, s) && j + 1 < k && has(v.insultCopula, at: j + 1, s))
            }
            if !has(v.insultLinker, at: j, s) && !has(v.selfVerb, at: j, s) { return false }
            j -= 1
        }
        return false
    }

    /// A person, then a copula or "you", then only linking words up to the insult: "the manager
    /// is a pig", "you're all liars", "a bunch of thieves"; the person the subject just before
    /// the copula, in the same clause ("the staff was rude and the food was garbage" is about the
    /// food), or an open subject ("whoever runs this dump is ...").
    private func aimedAtPerson(_ k: Int, _ s: Int) -> Bool {
        let first = text.sentences[s].firstToken
        var j = k - 1
        var sawCopula = false
        while j >= max(first, k - Self.copulaReach) {
            if has(v.insultCopula, at: j, s) { sawCopula = true; break }
            // "a bunch of cowboys and crooks", "a liar and a cheat": through a list of insults
            let listed = has(v.listLink, at: j, s) || has(v.insult, at: j, s) || has(v.insultNoun, at: j, s)
            if !has(v.insultLinker, at: j, s) && !listed { break }
            j -= 1
        }
        guard sawCopula else { return false }
        if has(v.person, at: j, s) { return true }
        let clause = text.tokens[j].clause
        var o = j - 1
        while o >= max(first, j - Self.subjectReach) && text.tokens[o].clause == clause { o -= 1 }
        if o + 1 < j && has(v.insultStopper, at: o + 1, s) { o += 1 }  // "but anyone who ..."
        if o + 1 < j && has(v.openPerson, at: o + 1, s) { return true }
        var q = j - 1
        while q >= max(first, j - Self.personReach) && text.tokens[q].clause == clause {
            if has(v.person, at: q, s) { return true }
            if has(v.insultStopper, at: q, s) || has(v.placeNoun, at: q, s) || has(v.reviewObject, at: q, s) { return false }
            q -= 1
        }
        return false
    }
}
