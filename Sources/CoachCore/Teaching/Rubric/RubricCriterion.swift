/// One thing the reply rubric looks for in a drafted reply, each worth 0 to 2 points. Raw values
/// are the names in `--json` and the keys of their wording in `prompts/teaching.txt`.
public enum RubricCriterion: String, CaseIterable, Sendable {
    /// The reply names the review's main complaint (by its topic, not by pasting it).
    case namesClaim = "names_claim"
    /// Where the business was at fault, a real apology with no "but" and no non-apology.
    case apology
    /// Where the business was at fault, what changes because of it.
    case whatChanges = "what_changes"
    /// An invitation to carry on offline.
    case offlineContact = "offline_contact"
    /// Signed by a person or a role, not by "the team".
    case signed
    /// Long enough to say something, short enough to be read.
    case length
    /// For a threat: nothing of value offered in exchange for the review (P7, P10).
    case nothingInExchange = "nothing_in_exchange"

    /// The most points the criterion gives.
    public static let maxPoints = 2

    /// The outcomes the criterion can have, each with its sentence in the prompts.
    public var outcomes: [RubricOutcome] {
        switch self {
        case .namesClaim: [.main, .other, .none]
        case .apology: [.given, .but, .nonApology, .none]
        case .whatChanges, .offlineContact: [.given, .none]
        case .signed: [.given, .team, .none]
        case .length: [.given, .short, .long, .tooShort, .tooLong]
        case .nothingInExchange: [.given, .offered]
        }
    }
}

/// How a criterion came out; the sentence for each is `[rubric.<criterion>.<outcome>]`.
public enum RubricOutcome: String, Sendable {
    /// The reply does what the criterion asks.
    case given
    /// It does not.
    case none
    /// The review's main complaint is named / another of its complaints is.
    case main, other
    /// An apology undone by "but" / a non-apology.
    case but, nonApology = "non_apology"
    /// Signed by a faceless group.
    case team
    /// Somewhat short or long / far too short or long.
    case short, long, tooShort = "too_short", tooLong = "too_long"
    /// Something of value offered to a threat.
    case offered
}

/// Why a criterion gave its points: the key of the sentence that says so, and the reply's or the
/// review's words it is about (if any).
public struct RubricMark: Sendable, Equatable {
    public var criterion: RubricCriterion
    public var points: Int
    public var outcome: RubricOutcome
    /// Values for the sentence's placeholders (`quote`, `topic`).
    public var values: [String: String]

    public init(_ criterion: RubricCriterion, _ points: Int, _ outcome: RubricOutcome, _ values: [String: String] = [:]) {
        self.criterion = criterion
        self.points = points
        self.outcome = outcome
        self.values = values
    }

    /// The key of the sentence that gives the reason.
    public var promptKey: String { "rubric.\(criterion.rawValue).\(outcome.rawValue)" }
}

/// A graded reply: the marks of the criteria that apply to the case, the checker's findings that
/// no criterion already covers (each costs `RubricGrade.findingCost`), and the total, never below 0.
public struct RubricGrade: Sendable, Equatable {
    public var marks: [RubricMark]
    public var deductions: [FindingCode]

    /// What a checker finding that no criterion covers costs.
    public static let findingCost = 2

    public init(marks: [RubricMark], deductions: [FindingCode]) {
        self.marks = marks
        self.deductions = deductions
    }

    public var max: Int { marks.count * RubricCriterion.maxPoints }
    public var score: Int { Swift.max(0, marks.reduce(0) { $0 + $1.points } - deductions.count * Self.findingCost) }
    /// The score as a whole percentage of the maximum (100 when no criterion applies).
    public var percent: Int { max == 0 ? 100 : score * 100 / max }
}
