/// The whole answer for one review: verdict, the facts and the rule behind it, the drafted reply
/// with the checker's findings, and the next steps. Interview and batch mode both build this.
public struct Assessment: Sendable, Equatable {
    public var verdict: Verdict
    public var rule: VerdictRule
    public var facts: ResolvedFacts
    public var signals: [Signal]
    public var reply: String
    /// What the reply checker found in the drafted reply (empty for every template with clean details).
    public var replyFindings: [Finding]
    public var nextSteps: [NextStep]
    /// What the owner said about each fact in their own words, beyond the answer itself, for
    /// whatever writes the reply ("yes, they came in but never booked": "they came in but never booked").
    public var ownerNotes: [FactName: String] = [:]

    /// The allegations the review makes, most serious first, with the owner's answer on each.
    public var claims: [AnsweredClaim] = []
    /// The reply in both lengths, or why none should be posted in public.
    public var composed = ComposedReply(short: "", full: "")
    /// Where the demand or complaint came.
    public var channel: ReplyChannel = .publicReview

    /// Builds the assessment from the review's signals and claims, the owner's answers (on the
    /// facts and on each claim) and details, with the reply worded for the business's industry.
    /// `claims` replaces the ones found in the review (a case pack states them).
    public init(signals: [Signal], owner: OwnerFacts, details: ReplyDetails, catalog: PromptCatalog, industry: Industry? = nil,
                review: String = "", answers: ClaimAnswers = .fromOwnerFault(note: nil), channel: ReplyChannel = .publicReview,
                claims stated: [Claim]? = nil) {
        // A review of a dentist or an accountant is answered as one even when the owner has not
        // said their industry: no reply confirms a patient or client.
        let industry = industry ?? Industry.implied(by: review)
        let facts = ResolvedFacts(owner: owner, text: TextImplications(signals: signals))
        let decision = VerdictRules.decide(facts)
        self.verdict = decision.verdict
        self.rule = decision.rule
        self.facts = facts
        self.signals = signals
        self.channel = channel
        let found = stated ?? (review.isEmpty ? [] : ClaimFinder.shipped.claims(in: review))
        self.claims = found.enumerated().map { AnsweredClaim(claim: $1, answer: answers.answer(for: $1, at: $0, facts: facts)) }
        self.reply = ""
        self.replyFindings = []
        self.nextSteps = []
        let sub = subkind?.kind
        composed = ReplyComposer(catalog: catalog).compose(.init(
            verdict: verdict, subkind: sub, facts: facts, claims: claims, details: details, industry: industry, channel: channel,
            variant: ReplyComposer.variant(of: review)))
        self.reply = composed.withheld.map { catalog.text("reply.none.\($0.rawValue)") } ?? composed.recommended
        let context = ReplyContext(industry: industry)
        self.replyFindings = ReplyChecker.check(composed.full, context: context)
            + (composed.short == composed.full ? [] : ReplyChecker.check(composed.short, context: context))
        self.nextSteps = NextStep.plan(for: verdict, subkind: sub, facts: facts, signals: signals, channel: channel,
                                       ownsPart: ReplyComposer.ownsPart(claims: Array(claims.prefix(ReplyComposer.maxClaims)), facts: facts))
    }

    /// The signal that made the text imply a fact, if the fact came from the text.
    public func evidence(for fact: FactName) -> Signal? {
        guard facts.contractValue(of: fact).source == .text else { return nil }
        switch fact {
        case .customerFound: return signals.first { SignalKind.impliesNoCustomer.contains($0.kind) }
        case .demand: return signals.first { $0.kind == .demand }
        case .abusive: return signals.first { $0.kind == .abusive }
        case .ourFault: return nil
        }
    }

    /// The principles behind the verdict, the reply and the next steps, in order, each once.
    public var principles: [Principle] {
        var all = Set(rule.principles)
        switch verdict {
        case .genuineGrievance: all.formUnion([.p3, .p4, .p5, .p8, .p9])
        case .threatBased: all.formUnion([.p3, .p7, .p10])
        case .troll: all.formUnion([.p3, .p12])
        }
        if facts.abusive.value == .yes { all.insert(.p13) }
        for step in nextSteps { all.formUnion(step.principles) }
        return all.sorted()
    }
}
