/// When a transition is taken.
public enum Condition: Sendable, Equatable, Hashable {
    /// Whatever valid answer was given.
    case always
    /// Only for this mood.
    case mood(Mood)
    /// Only when the facts so far give this verdict.
    case verdict(Verdict)
    /// A slash command.
    case command(String)
}

/// One edge of the interview: from a step, under a condition, to a step.
public struct Transition: Sendable, Equatable, Hashable {
    public var from: Step
    public var condition: Condition
    public var to: Step
}

/// The interview written as data. The step function, the graph export, the tests and the
/// teaching notes all read this one table, so none of them can drift from the others.
public enum StateTable {
    /// The first step of every interview.
    public static let start: Step = .review

    /// Every transition, in the order they are tried.
    public static let transitions: [Transition] = [
        .init(from: .review, condition: .always, to: .mood),
        .init(from: .mood, condition: .mood(.angry), to: .paused),
        .init(from: .mood, condition: .always, to: .customerFound),
        .init(from: .paused, condition: .always, to: .customerFound),
        .init(from: .customerFound, condition: .always, to: .ourFault),
        .init(from: .ourFault, condition: .always, to: .demand),
        .init(from: .demand, condition: .always, to: .abusive),
        .init(from: .abusive, condition: .verdict(.genuineGrievance), to: .whatWentWrong),
        .init(from: .abusive, condition: .verdict(.threatBased), to: .contact),
        .init(from: .abusive, condition: .verdict(.troll), to: .contact),
        .init(from: .whatWentWrong, condition: .always, to: .whatWeDid),
        .init(from: .whatWeDid, condition: .always, to: .contact),
        .init(from: .contact, condition: .always, to: .name),
        .init(from: .name, condition: .always, to: .done),
        .init(from: .done, condition: .command("/draft"), to: .draft),
        .init(from: .draft, condition: .always, to: .done),
    ]

    /// The next step after a valid answer at `step`, given the mood and verdict so far.
    public static func next(after step: Step, mood: Mood?, verdict: Verdict) -> Step? {
        transitions.first { edge in
            guard edge.from == step else { return false }
            switch edge.condition {
            case .always: return true
            case .mood(let wanted): return mood == wanted
            case .verdict(let wanted): return verdict == wanted
            case .command: return false
            }
        }?.to
    }
}
