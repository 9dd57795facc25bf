/// One step of a script, whole: what it asks, what it accepts, what it keeps, what the text
/// suggests for it, why it is asked, and where each answer or command leads.
public struct ScriptEntry: Sendable, Equatable {
    public var step: Step
    /// The input the step takes.
    public var accepts: AnswerKind
    /// Where the answer is kept.
    public var stores: Stored
    /// The prompt key of the question.
    public var question: String
    /// What the review's text suggests for the answer (Enter accepts it), if anything.
    public var prefill: PrefillRule?
    /// How the step meets the owner's profile: answered by it, or filling it in.
    public var profile: ProfileRule?
    /// What a free-text answer is checked for before it is kept.
    public var check: TextCheck?
    /// What `/why` (and explain mode) says.
    public var why: Why
    /// When the step is asked at all; a step whose condition does not hold is passed silently,
    /// along its edges, as if it were not in the script.
    public var asked: Asked
    /// Whether the step has a short name (`step.<id>`) for `/back` and `/summary`.
    public var named: Bool
    /// What is said on arriving at the step.
    public var arrival: Arrival
    /// Where the step leads, tried in order.
    public var edges: [Edge]

    public init(
        _ step: Step, accepts: AnswerKind, stores: Stored = .nothing, question: String? = nil, prefill: PrefillRule? = nil,
        profile: ProfileRule? = nil, check: TextCheck? = nil, why: Why = .own, asked: Asked = .always, named: Bool = true,
        arrival: Arrival = .question, edges: [Edge] = [.init(.always, to: .following)]
    ) {
        self.step = step
        self.accepts = accepts
        self.stores = stores
        self.question = question ?? "ask.\(step.rawValue)"
        self.prefill = prefill
        self.profile = profile
        self.check = check
        self.why = why
        self.asked = asked
        self.named = named
        self.arrival = arrival
        self.edges = edges
    }

    /// The prompt key of the step's short name, if it has one.
    public var name: String? { named ? "step.\(step.rawValue)" : nil }

    /// The prompt key `/why` shows.
    public var whyKey: String {
        switch why {
        case .own: "why.\(step.rawValue)"
        case .principle(let principle): "principle.\(principle.rawValue)"
        case .shared(let key): key
        }
    }
}

/// Where a step keeps its answer.
public enum Stored: Sendable, Equatable {
    /// Nothing (a pause).
    case nothing
    /// The review's lines; when they end, the signals are read from them.
    case review
    /// The owner's own draft reply; when it ends, it is checked.
    case draft
    /// The owner's mood.
    case mood
    /// One of the facts the verdict rules read.
    case fact(FactName)
    /// A detail for the reply.
    case detail(ReplyDetail)
    /// An answer kept under the step's id, for a question no rule reads yet.
    case answer
    /// A member of the owner's profile, learned in the session (kept at its end).
    case profile(ProfileMember)
    /// The owner's stance on the review's claim at this index (0 for the most serious), with
    /// their note as what really happened.
    case claim(Int)
    /// Where the demand came (`ReplyChannel`).
    case channel
}

/// When a step is asked.
public enum Asked: Sendable, Equatable {
    /// Always, when the conversation reaches it.
    case always
    /// Only when the review makes a claim at this index (0 for the most serious) and the
    /// verdict's public reply answers claims (not for a troll, a scam, spam or a private message).
    case claimAt(Int)
    /// Only when the owner owns part of what happened: a claim they called true or partly (or,
    /// for a review with no claim found, "yes" or "partly" to our fault). What was done about it
    /// is asked, and said, only then.
    case ownerOwnsPart
    /// Only when a public reply will be posted (not for a scam, spam or a private message): the
    /// contact line and the signature go nowhere else.
    case replyPosted
}

/// How a step meets the owner's profile.
public enum ProfileRule: Sendable, Equatable {
    /// The profile answers the step when it holds its detail: it is not asked, and the coach
    /// says the profile's answer.
    case answers
    /// The step fills in a member of the profile: asked only while the session learns the
    /// profile (a live terminal session) and the profile lacks it; otherwise passed silently.
    case learns
}

/// What is said on arriving at a step.
public enum Arrival: Sendable, Equatable {
    /// Its question (with the text's suggestion, if any).
    case question
    /// The verdict, the reply and the next steps.
    case verdict
}

/// What a free-text answer is checked for.
public enum TextCheck: Sendable, Equatable {
    /// No web address: platforms refuse replies with links (a contact line).
    case noLink
}

/// What `/why` says for a step: its own text (`why.<id>`), or the principle it rests on.
public enum Why: Sendable, Equatable {
    case own
    case principle(Principle)
    /// A text several steps share (`why.claim` for every claim's stance).
    case shared(String)
}

/// An answer the text suggests when it holds one of these signals.
public struct PrefillRule: Sendable, Equatable {
    public var signals: Set<SignalKind>
    public var answer: String

    public init(_ signals: Set<SignalKind>, suggest answer: String) {
        self.signals = signals
        self.answer = answer
    }
}

/// One way out of a step: under a condition, to a destination.
public struct Edge: Sendable, Equatable, Hashable {
    public var condition: Condition
    public var to: Destination

    public init(_ condition: Condition, to: Destination) {
        self.condition = condition
        self.to = to
    }
}

/// When an edge is taken.
public enum Condition: Sendable, Equatable, Hashable {
    /// Whatever valid answer was given (for text, the end of it: an empty line).
    case always
    /// Only for this mood.
    case mood(Mood)
    /// Only when the facts so far give this verdict.
    case verdict(Verdict)
    /// A command typed at this step.
    case command(StepCommand)
}

/// The commands that move between steps (the others, like `/why`, stay where they are).
public enum StepCommand: String, Sendable, CaseIterable, Hashable {
    case draft = "/draft"
    case quit = "/quit"
}

/// Where an edge leads.
public enum Destination: Sendable, Equatable, Hashable {
    case step(Step)
    /// The next entry of the script, so a question can be added between two with one entry.
    case following
    /// Out of the session.
    case end
}
