/// The kinds of input a step accepts. `key` names the step's hint and help in prompts/
/// ("hint.<key>", "help.<key>").
public enum AnswerKind: Sendable, Hashable {
    /// One of a closed set of words (yes/no/unsure, ...), possibly followed by the owner's note.
    case choice(Choices)
    /// A few words of the owner's own (a reply detail), or "skip".
    case freeText
    /// Text pasted line by line until an empty line (the review, a draft reply).
    case lines
    /// Nothing to answer: only commands are taken here.
    case commandsOnly

    /// Every kind, for the prompt keys.
    public static let allCases: [AnswerKind] = Choices.allCases.map(AnswerKind.choice) + [.freeText, .lines, .commandsOnly]

    /// The name of this kind in prompt keys.
    public var key: String {
        switch self {
        case .choice(let choices): choices.rawValue
        case .freeText: "detail"
        case .lines: "multiline_text"
        case .commandsOnly: "commands_only"
        }
    }

    /// The canonical words Tab completes to at a step of this kind: only a choice has any, so
    /// Tab never puts a word into text the owner writes.
    public var completions: [String] {
        if case .choice(let choices) = self { choices.words } else { [] }
    }

    /// Whether a line typed at a step of this kind may go into the line history: a command, or
    /// one of the step's choices with nothing after it. Anything else (free text, a draft, a
    /// choice with the owner's note, a line that was not understood) may hold something private.
    public func keepsInHistory(_ line: String) -> Bool {
        if line.hasPrefix("/") { return true }
        guard case .choice(let choices) = self, let answer = AnswerParser.choice(choices, line) else { return false }
        return answer.note == nil
    }
}

/// The closed sets of words a choice step accepts. Raw values are the prompt-key names.
public enum Choices: String, CaseIterable, Sendable, Hashable {
    case mood
    case ready
    case yesNoUnsure = "yes_no_unsure"
    case fault
    /// A kind of review: genuine, threat or troll (practice).
    case verdict
    /// A kind of business (the profile's industry).
    case industry
    /// The owner's stance on one claim of the review: true, partly, false or unknown.
    case stance
    /// Where a demand came: a public review, a private message, or both.
    case channel

    /// The canonical answers, in the order they are offered.
    public var words: [String] {
        switch self {
        case .mood: Mood.allCases.map(\.rawValue)
        case .ready: ["ready"]
        case .yesNoUnsure: YesNoUnsure.allCases.map(\.rawValue)
        case .fault: FaultAnswer.allCases.map(\.rawValue)
        case .verdict: VerdictAnswer.accepted.map(\.word)
        case .industry: Industry.allCases.map(\.rawValue)
        case .stance: ClaimStance.allCases.map(\.rawValue)
        case .channel: ChannelAnswer.allCases.map(\.rawValue)
        }
    }

    /// Whether an answer may carry the owner's own words after it. The pause before the
    /// questions keeps nothing: "yes, they came in but..." there is an answer to the question
    /// that follows, so it is not taken as "ready" and thrown away; the pause is said again.
    public var takesNote: Bool { self != .ready }
}

/// The words that answer "where did the demand come?", each standing for a `ReplyChannel`.
public enum ChannelAnswer: String, CaseIterable, Sendable {
    case `public`, `private`, both

    /// The channel the answer names.
    public var channel: ReplyChannel {
        switch self {
        case .public: .publicReview
        case .private: .privateMessage
        case .both: .both
        }
    }
}
