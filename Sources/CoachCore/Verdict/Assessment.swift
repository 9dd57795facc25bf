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

    /// Builds the assessment from the review's signals, the owner's answers and details, with
    /// the reply worded for the business's industry.
    public init(signals: [Signal], owner: OwnerFacts, details: ReplyDetails, catalog: PromptCatalog, industry: Industry? = nil) {
        let facts = ResolvedFacts(owner: owner, text: TextImplications(signals: signals))
        let decision = VerdictRules.decide(facts)
        self.verdict = decision.verdict
        self.rule = decision.rule
        self.facts = facts
        self.signals = signals
        self.reply = ReplyComposer(catalog: catalog).compose(verdict: verdict, facts: facts, details: details, industry: industry)
        self.replyFindings = ReplyChecker.check(reply)
        self.nextSteps = NextStep.plan(for: verdict, facts: facts, signals: signals)
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
