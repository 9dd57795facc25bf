import CoachText

/// The text cues that the writer is no customer of this business, read on the engine: a
/// conflict of interest (an ex-employee, a rival pitching itself), a review meant for another
/// business, an off-topic review (a boycott, the news, politics), and spam without a web
/// address (an advert's call to act with advertising words, or several advertising words).
final class TrollCues {
    let text: TextAnalysis
    let v: Vocabulary
    /// The most words a writer phrase of `lexicon/concepts/first-person.txt` has, and some room ("me and my wife").
    static let writerWords = 4

    init(_ text: TextAnalysis, vocabulary: Vocabulary = .shipped) {
        self.text = text
        self.v = vocabulary
    }

    /// One signal per kind found, quoting the first sentence that shows it.
    func signals() -> [Signal] {
        var out: [Signal] = []
        // A rival's pitch is an invitation ("come to us instead"), never a report of what
        // happened ("the waitress came to us late"): it must be open (affirmed, not in the past).
        let kinds: [(SignalKind, [(ConceptSet, TextPattern.Polarity)])] = [
            (.conflictOfInterest, [(ConceptSet([v.exEmployee]), .affirmed), (ConceptSet([v.rival]), .open)]),
            (.wrongBusiness, [(ConceptSet([v.wrongBusiness]), .affirmed)]),
            (.offTopic, [(ConceptSet([v.offTopic]), .affirmed)]),
        ]
        for (kind, sets) in kinds where sets.contains(where: { text.allConcepts.intersects($0.0) }) {
            if let s = text.sentences.indices.first(where: { k in sets.contains { text.first($0.0, sentence: k, polarity: $0.1) != nil } }) {
                out.append(text.signal(kind, sentences: s...s))
            }
        }
        if let s = spamSentence() { out.append(text.signal(.spam, sentences: s...s)) }
        return out
    }

    /// Whether a never-a-customer reading of sentence `s` is wrong: advice to readers ("do not
    /// go here"), a visit after all ("I didn't order it", "haven't been back for years"), or a
    /// wish ("I wish I could not have eaten here").
    func contradictsNeverCustomer(sentence s: Int) -> Bool {
        let have = text.sentenceConcepts[s]
        if have.contains(v.notAbsence) || have.contains(v.wish) || have.contains(v.adviceOthers) { return true }
        guard have.contains(v.advice) else { return false }
        // advice is an imperative: "Do not go here", "for your wallet's sake do not stay here"
        // (not "I didn't go in", "I do not eat here": a past form, or the writer as subject)
        return text.matches[text.sentenceMatches[s]].contains { m in
            m.concept == v.advice && !m.past && !afterFirstPerson(m.firstToken, s)
        }
    }

    /// Whether the word just before token `i` is the writer ("I do not eat here").
    private func afterFirstPerson(_ i: Int, _ s: Int) -> Bool {
        guard i > 0 else { return false }
        // "I", "we", "me and my wife": a writer is a few words at most, so look only just before `i`
        return text.matches(startingIn: max(0, i - Self.writerWords)..<i, sentence: s).contains { $0.concept == v.firstPerson && $0.endToken == i }
    }

    /// Spam: self-promotion ("subscribe to me"), a call to act on an advert with an advertising
    /// word, three advertising words, or three calls to act.
    func spamSentence() -> Int? {
        if let s = text.sentences.indices.first(where: { text.sentenceConcepts[$0].contains(v.selfPromo) }) { return s }
        guard text.allConcepts.contains(v.spamCue) || text.allConcepts.contains(v.spamAction) else { return nil }
        var cues = 0, actions = 0
        var first: Int? = nil
        for s in text.sentences.indices {
            for m in text.matches[text.sentenceMatches[s]] where !m.negated {
                if m.concept == v.spamCue { cues += 1; first = first ?? s }
                if m.concept == v.spamAction { actions += 1; first = first ?? s }
            }
        }
        return (actions >= 1 && cues >= 1) || cues >= 3 || actions >= 3 ? first : nil
    }
}
