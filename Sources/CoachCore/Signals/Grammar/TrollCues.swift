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
        let kinds: [(SignalKind, Int?)] = [
            (.conflictOfInterest, conflictSentence()), (.wrongBusiness, wrongBusinessSentence()),
            (.offTopic, offTopicSentence()), (.neverCustomer, neverCustomerSentence()), (.spam, spamSentence()),
        ]
        for case let (kind, s?) in kinds { out.append(text.signal(kind, sentences: s...s)) }
        return out
    }

    /// The first sentence holding one of `concepts` with this polarity.
    func firstSentence(_ concepts: [Concept], _ polarity: TextPattern.Polarity) -> Int? {
        let set = ConceptSet(concepts)
        guard text.allConcepts.intersects(set) else { return nil }
        return text.sentences.indices.first { text.first(set, sentence: $0, polarity: polarity) != nil }
    }

    /// The first sentence where `pattern` matches.
    private func firstSentence(_ pattern: TextPattern) -> Int? {
        text.sentences.indices.first { text.find(pattern, sentence: $0) != nil }
    }

    /// A conflict of interest: the writer's past job here ("I used to work the front desk", "I
    /// was a line cook here", "got let go"), or a rival: a pitch ("come to us instead"), or the
    /// writer's own business named with an invitation to it ("my practice ... call us") or set
    /// against this one ("the other bakery in town"), or a personal tie ("my ex owns this place").
    /// A rival's pitch is an invitation, never a report of what happened ("the waitress came to
    /// us late"): it must be open (affirmed, not in the past).
    func conflictSentence() -> Int? {
        if let s = pastJobHereSentence() ?? firstSentence([v.rival], .open) ?? firstSentence([v.personalTie], .affirmed) ?? pastJobSentence() { return s }
        // the writer's own business set against this one: "I run a plumbing firm in the same area"
        let rivalBusiness = TextPattern([.init([v.ownBusiness], polarity: .affirmed), .init([v.rivalPlace], gap: 8)])
        if let s = firstSentence(rivalBusiness) { return s }
        let job = TextPattern([.init([v.formerPost], polarity: .affirmed), .init([v.jobRole], gap: 2)])
        if let s = firstSentence(job) { return s }
        guard text.allConcepts.contains(v.ownBusiness), firstSentence([v.invitation], .open) != nil else { return nil }
        return firstSentence([v.ownBusiness], .affirmed)
    }

    /// The first sentence with the writer's past job, not said to be at another business: "I
    /// used to manage this salon", not "I used to manage a salon myself" or "when I worked at a
    /// garage" (an indefinite place at most one word after the job, `job-elsewhere`).
    private func pastJobHereSentence() -> Int? {
        guard text.allConcepts.contains(v.exEmployee) else { return nil }
        return text.sentences.indices.first { s in
            text.matches[text.sentenceMatches[s]].contains { m in
                guard m.concept == v.exEmployee && !m.negated else { return false }
                // "a salon", "at a garage": the job's place, at most one word on, in the same clause
                let next = m.endToken..<min(m.endToken + 2, text.sentences[s].endToken)
                return !text.matches(startingIn: next, sentence: s).contains {
                    $0.concept == v.jobElsewhere && text.tokens[$0.firstToken].clause == text.tokens[m.firstToken].clause
                }
            }
        }
    }

    /// A review meant for another business: said outright ("meant for", "wrong page", "no
    /// listing"), or what the review is about set against this one ("I'm reviewing the garage,
    /// not the store").
    func wrongBusinessSentence() -> Int? {
        if let s = firstSentence([v.wrongBusiness], .affirmed) ?? wrongNameSentence() { return s }
        return firstSentence(TextPattern([.init([v.reviewTarget], polarity: .affirmed), .init([v.notThis], gap: 8)]))
    }

    /// An off-topic review: a boycott or a call to rate ("everyone leave one star"), or a cause,
    /// an event or politics ("vote", "viral video", "pollution") in a review that tells of no visit.
    func offTopicSentence() -> Int? {
        if let s = firstSentence([v.offTopic], .affirmed) ?? notTheirFaultSentence() { return s }
        guard text.allConcepts.contains(v.cause), !toldOfAVisit else { return nil }
        return firstSentence([v.cause], .any)
    }

    /// Whether the writer tells of a visit: a phrase of their own experience ("we ordered", "my
    /// appointment"), or "I" or "we" just before a past form ("I was", "we waited") that does
    /// not open a plan ("I was going to book").
    var toldOfAVisit: Bool { toldOfAVisit(countingStates: true) }

    /// Whether the writer tells of dealings with the business: as `toldOfAVisit`, but a state
    /// ("I was at a conference next door", "I wasn't a customer") does not count, only a deed
    /// ("we had booked", "I paid").
    var toldOfDealings: Bool { toldOfAVisit(countingStates: false) }

    func toldOfAVisit(countingStates: Bool, ignoring: ConceptSet = ConceptSet([])) -> Bool {
        // "nobody served us": a visit sign denied tells of no visit, when states do not count
        if text.allConcepts.contains(v.visitSign) && (countingStates || text.matches.contains { $0.concept == v.visitSign && !$0.negated }) { return true }
        guard text.allConcepts.contains(v.firstPerson) else { return false }
        return text.sentences.indices.contains { s in
            let ms = text.matches[text.sentenceMatches[s]]
            return ms.contains { m in
                guard m.concept == v.firstPerson, m.endToken < text.sentences[s].endToken else { return false }
                // "going off what I read": the writer inside a phrase of second-hand knowledge
                if ms.contains(where: { ignoring.contains($0.concept) && $0.firstToken <= m.firstToken && $0.endToken >= m.endToken }) { return false }
                let next = text.tokens[m.endToken]
                guard next.flags.contains(.past) && !next.flags.contains(.negated) else { return false }
                let after = text.matches(startingAt: m.endToken, sentence: s)
                if !countingStates && after.contains(where: { $0.concept == v.copula }) { return false }
                return !after.contains { $0.concept == v.plan }
            }
        }
    }

    /// The writer says they never used the business ("zero experience with this company",
    /// "never had my teeth done here", "never went"), with themselves or no one as the subject,
    /// not a first visit told after it ("had never been inside before"), not advice ("never go
    /// there!") and not contradicted; a visit the writer denies ("Haven't eaten here but ...",
    /// `DeniedVisit.swift`); hearsay alone ("My cousin says ...", `Hearsay.swift`); or a plan
    /// given up before any visit ("was going to book but changed my mind") in a review that
    /// tells of none.
    func neverCustomerSentence() -> Int? {
        let claims = ConceptSet([v.neverCustomer, v.neverVisited])
        // "So no, I didn't eat here, but the booking ...": a review that tells of dealings with the business
        if toldOfDealings { return nil }
        if text.allConcepts.intersects(claims) {
            for s in text.sentences.indices where text.sentenceConcepts[s].intersects(claims) {
                if text.sentenceConcepts[s].contains(v.firstVisit) || contradictsNeverCustomer(sentence: s) { continue }
                for m in text.matches[text.sentenceMatches[s]] where claims.contains(m.concept) && !m.negated && writerClaims(m, s) {
                    return s
                }
            }
        }
        if let s = deniedVisitSentence() ?? bareDenialSentence() ?? elidedDenialSentence() ?? notMeSentence() ?? hearsaySentence() ?? remoteJudgementSentence() { return s }
        guard text.allConcepts.contains(v.plan), text.allConcepts.contains(v.abandonedPlan), !toldOfAVisit else { return nil }
        return text.sentences.indices.first { text.sentenceConcepts[$0].contains(v.plan) && text.sentenceConcepts[$0].contains(v.abandonedPlan) }
    }

    /// Whether the claim `m` in sentence `s` is the writer's own: the writer just before it ("I
    /// never", "I've never", not the first visit "I had never"), or no one, when it opens its
    /// clause. A claim with a verb of visiting must be in the past ("Never went.", not the advice
    /// "Never use them!" nor the promise "I will never go").
    private func writerClaims(_ m: ConceptMatch, _ s: Int) -> Bool {
        let first = m.firstToken, start = text.sentences[s].firstToken
        if m.concept == v.neverVisited && !text.tokens[first..<m.endToken].contains(where: { $0.flags.contains(.past) }) { return false }
        if afterFirstPerson(first, s) { return true }
        if first > start && afterFirstPerson(first - 1, s) { return !text.tokens[first - 1].flags.contains(.past) }
        return first == start || text.tokens[first - 1].clause != text.tokens[first].clause
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
            // within one clause: "Don't know them, never used them" is no imperative to go
            m.concept == v.advice && !m.past && !afterFirstPerson(m.firstToken, s) && text.tokens[m.firstToken].clause == text.tokens[m.endToken - 1].clause
        }
    }

    /// Whether the word just before token `i` is the writer ("I do not eat here").
    func afterFirstPerson(_ i: Int, _ s: Int) -> Bool {
        guard i > 0 else { return false }
        // "I", "we", "me and my wife": a writer is a few words at most, so look only just before `i`
        return text.matches(startingIn: max(0, i - Self.writerWords)..<i, sentence: s).contains { $0.concept == v.firstPerson && $0.endToken == i }
    }
}
