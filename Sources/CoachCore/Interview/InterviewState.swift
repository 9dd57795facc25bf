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
    /// The owner's own draft reply being typed, line by line.
    public var draftLines: [String] = []
    /// Lines of the review or draft being typed that were left out because it was full. The
    /// first one is warned about; the count is told when the text ends (no warning per line).
    public var linesLeftOut = 0
    /// Teaching mode: say why before each question (P-ids and sources).
    public var explain = false

    public init(explain: Bool = false) { self.explain = explain }

    /// The review text.
    public var review: String { reviewLines.joined(separator: "\n") }

    /// The facts as they stand, owner first, then text, then unsure.
    public var facts: ResolvedFacts {
        ResolvedFacts(owner: owner, text: TextImplications(signals: signals))
    }

    /// What the text suggests for the fact a step asks about, with the quote that suggests it.
    public func prefill(for step: Step) -> Prefill? {
        switch step {
        case .customerFound:
            signals.first { SignalKind.impliesNoCustomer.contains($0.kind) }
                .map { Prefill(answer: YesNoUnsure.no.rawValue, evidence: $0) }
        case .demand:
            signals.first { $0.kind == .demand }.map { Prefill(answer: YesNoUnsure.yes.rawValue, evidence: $0) }
        case .abusive:
            signals.first { $0.kind == .abusive }.map { Prefill(answer: YesNoUnsure.yes.rawValue, evidence: $0) }
        default: nil
        }
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
