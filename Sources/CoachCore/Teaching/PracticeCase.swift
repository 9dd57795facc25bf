/// The parts of a practice case, each a prompt key `case.<id>.<part>` in `prompts/cases.txt`.
public enum CasePart: String, CaseIterable, Sendable {
    /// The example review the trainee reads.
    case review
    /// What the owner knows, machine-readable: `customer_found=yes our_fault=partly demand=no abusive=no`.
    case facts
    /// What the owner knows, in a sentence shown to the trainee.
    case context
    /// The teaching point, shown after the trainee answers.
    case note

    /// The prompt key of this part for a case id ("01").
    public func key(forCase id: String) -> String { "case.\(id).\(rawValue)" }
}

/// One example review from the case library, with what the owner knows about it. The expected
/// verdict is never stored: the verdict rules compute it from the facts and the text.
public struct PracticeCase: Sendable, Equatable {
    /// The case id, the digits in its keys ("01", "26").
    public var id: String
    public var review: String
    /// The owner's answers to the four questions, as the case states them.
    public var facts: OwnerFacts
    public var context: String
    public var note: String

    public init(id: String, review: String, facts: OwnerFacts, context: String, note: String) {
        self.id = id
        self.review = review
        self.facts = facts
        self.context = context
        self.note = note
    }

    /// What the coach makes of the case: the review's signals and the stated facts, through
    /// the same rules, reply composer and checker as the chat.
    public func assessment(catalog: PromptCatalog) -> Assessment {
        Assessment(
            signals: SignalDetector.detect(in: review), owner: facts, details: ReplyDetails(), catalog: catalog, review: review)
    }
}
