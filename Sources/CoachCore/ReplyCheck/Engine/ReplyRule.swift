import CoachText

/// One reply check as data: the code it reports, the shape of words it looks for (concepts of
/// the lexicon, combined), when it applies, and for a platform rule the platforms whose rule it is.
struct ReplyRule: Sendable {
    /// The shape of words a rule looks for, in one sentence or in two neighbouring ones.
    enum Shape: Sendable {
        /// Every slot's concepts occur in the sentence, in any order, each with its polarity.
        case together([TextPattern.Slot])
        /// The concepts in this order, within the gaps the slots allow.
        case pattern(TextPattern)
        /// The first slot in one sentence and the second in the same or the next or previous one.
        case neighbours(TextPattern.Slot, TextPattern.Slot)
    }

    /// When a rule applies, from the reply's context.
    enum Condition: Sendable {
        case always
        /// The business owes confidentiality (`--industry healthcare` or `professional`).
        case confidential
        /// It does not, or the industry is not known.
        case notConfidential
        /// `--verdict threat_based`.
        case threatBased
        /// The owner did not deny the fault (`--our-fault` yes, partly, or not given).
        case faultNotDenied

        func holds(in context: ReplyContext) -> Bool {
            switch self {
            case .always: true
            case .confidential: context.isConfidential
            case .notConfidential: !context.isConfidential
            case .threatBased: context.verdict == .threatBased
            case .faultNotDenied: context.ourFault.map { $0 == .yes || $0 == .partly } ?? true
            }
        }
    }

    /// A look at the bytes around a match that rules it out.
    enum Exception: Sendable {
        case none
        /// The web address is the domain of an e-mail address: a contact line, not a link.
        case emailAddress
    }

    var code: FindingCode
    var shape: Shape
    var condition: Condition = .always
    var exception: Exception = .none
    /// For `platform_rule`: the platforms whose rule this is.
    var platforms: [ReviewPlatform] = []
    /// The match withdraws `code` from the sentence instead of reporting it (a signature, a
    /// contact line: not private details).
    var clears = false
    /// The sentence may have at most this many tokens (a signature line is short).
    var maxTokens = Int.max
    /// No sentence of the match may hold one of these concepts (redress already given).
    var unless = ConceptSet()
    /// The sentence must be a question (it ends with `?`): a rhetorical question at the reviewer.
    var questionOnly = false
}
