/// Everything the interview knows at one moment: the step, the review, the owner's answers.
/// A plain value: `/back` restores an earlier one exactly.
public struct InterviewState: Sendable, Equatable {
    public var step: Step = .review
    /// The review as pasted, line by line.
    public var reviewLines: [String] = []
    /// The signals found in the review once it was complete.
    public var signals: [Signal] = []
    public var mood: Mood?
    public var owner = OwnerFacts()
    public var details = ReplyDetails()
    /// What the owner said after a choice, in their own words, by the step it answered
    /// ("yes, they came in but never booked": "they came in but never booked").
    public var notes: [Step: String] = [:]
    /// The review's claims, most serious first, found once the review was complete.
    public var claims: [Claim] = []
    /// The owner's stance on each claim asked about (with what really happened), by its index
    /// in `claims`; a claim not asked, or skipped, is `unknown`.
    public var claimAnswers: [Int: ClaimAnswer] = [:]
    /// Where a threat's demand came, once asked (a public review when not).
    public var channel: ReplyChannel?
    /// Answers to questions that no verdict rule reads yet (`Stored.answer`), by step.
    public var answers: [Step: String] = [:]
    /// The owner's own draft reply being typed, line by line.
    public var draftLines: [String] = []
    /// Lines of the review or draft being typed that were left out because it was full. The
    /// first one is warned about; the count is told when the text ends (no warning per line).
    public var linesLeftOut = 0
    /// Teaching mode: say why before each question (P-ids and sources).
    public var explain = false
    /// What the coach knows about the business, as given to the session; a question it
    /// answers is not asked.
    public var profile = OwnerProfile()
    /// Whether the session learns the profile (a live terminal session, not incognito): only
    /// then are the steps that fill it in asked.
    public var learnsProfile = false
    /// The members of the profile the owner gave in this session (kept at its end).
    public var learned = OwnerProfile()

    public init(explain: Bool = false, profile: OwnerProfile = OwnerProfile(), learnsProfile: Bool = false) {
        self.explain = explain
        self.profile = profile
        self.learnsProfile = learnsProfile
    }

    /// The profile as the session knows it: as given, with what was learned laid over it.
    public var knownProfile: OwnerProfile { profile.updated(with: learned) }

    /// The review text.
    public var review: String { reviewLines.joined(separator: "\n") }

    /// The facts as they stand, owner first, then text, then unsure.
    public var facts: ResolvedFacts {
        ResolvedFacts(owner: owner, text: TextImplications(signals: signals))
    }

    /// The owner's answers on the claims, as the reply composer reads them: claim by claim once
    /// any was asked, otherwise the one answer to "did something go wrong on your side?".
    public var claimStances: ClaimAnswers {
        guard !claimAnswers.isEmpty else { return .fromOwnerFault(note: notes[.ourFault]) }
        var given: [String: ClaimAnswer] = [:]
        for (index, answer) in claimAnswers where claims.indices.contains(index) { given[claims[index].id] = answer }
        return .given(given)
    }

    /// Whether the owner owns part of what happened, by the composer's rule
    /// (`ReplyComposer.ownsPart`): only then is what was done asked.
    public var ownsPart: Bool {
        let stances = claimAnswers.keys.sorted().compactMap { i in claims.indices.contains(i) ? claimAnswers[i].map { (claims[i].category, $0.stance) } : nil }
        return ReplyComposer.ownsPart(stances: stances, facts: facts)
    }

    /// What the text suggests for a step's answer, with the quote that suggests it.
    public func prefill(for entry: ScriptEntry) -> Prefill? {
        guard let rule = entry.prefill else { return nil }
        return signals.first { rule.signals.contains($0.kind) }.map { Prefill(answer: rule.answer, evidence: $0) }
    }
}

/// An answer the text suggests for a question, with the quote it rests on. Enter accepts it.
public struct Prefill: Sendable, Equatable {
    /// The suggested answer, as its contract word (`yes`, `no`).
    public var answer: String
    public var evidence: Signal

    public init(answer: String, evidence: Signal) {
        self.answer = answer
        self.evidence = evidence
    }
}
