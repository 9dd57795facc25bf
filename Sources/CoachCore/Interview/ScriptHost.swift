/// A conversation the one step engine runs (see `ScriptRunner.swift`): the interview (`Coach`)
/// and practice (`PracticeSession`). The engine reads each line, parses commands, dispatches on
/// the step's answer kind, checks sizes, keeps undo points and follows the table's edges; a host
/// only says where its state keeps things and which events to say. Nothing in a host switches
/// over steps.
public protocol ScriptHost: Sendable {
    associatedtype State: Equatable
    associatedtype Event: ScriptEvent

    /// The script whose steps the engine runs.
    var script: Script { get }
    var limits: Limits { get }
    /// The command words Tab offers at every step.
    var commandWords: [String] { get }

    /// The step `state` waits at, or `nil` once the conversation is over.
    func waiting(_ state: State) -> Step?
    /// Moves `state` to `step`, reached from `entry`, and says what is said on arriving.
    func arrive(at step: Step, from entry: ScriptEntry, in state: inout State) -> [Event]
    /// The question asked again at `state` (after `/back`).
    func question(at state: State) -> [Event]
    /// The edge the conversation takes from `step` once its answer is in `state`.
    func edge(after state: State, at step: Step) -> Edge?

    /// `state` with `previous` kept as an undo point.
    func keepUndo(_ previous: State, in state: inout State)
    /// The state before the last undo point, or `nil` when there is none.
    func undo(_ state: State) -> State?

    /// How a line reads at a step (by default, as `ScriptLine` parses it).
    func read(_ line: String, at entry: ScriptEntry) -> ScriptLine
    /// Runs a command the engine does not run itself (all but `/help`, `/why` and `/back`).
    func run(_ command: SlashCommand, typed: String, in state: inout State) -> [Event]
    /// What is said for a known command given an argument it does not take.
    func badArgument(command: String, given: String) -> [Event]
    /// What is said when a line is refused at `entry`; the state does not change.
    func refused(_ refusal: Refusal, at entry: ScriptEntry, in state: State) -> [Event]

    /// The lines of the text being typed at a `.lines` entry.
    func text(at entry: ScriptEntry, in state: State) -> [String]
    /// Adds a line to the text being typed at `entry`.
    func append(_ line: String, at entry: ScriptEntry, in state: inout State)
    /// Whether `line` ends the text typed so far (by default, an empty line).
    func ends(_ line: String, at entry: ScriptEntry, after lines: [String]) -> Bool
    /// Lines of the text left out for being past its limit, warned once, told when it ends.
    func linesLeftOut(in state: State) -> Int
    func setLinesLeftOut(_ count: Int, in state: inout State)
    /// Keeps the ended text of `entry` and says what is said before moving on; `nil` refuses it
    /// (`Refusal.emptyText`).
    func finish(text lines: [String], at entry: ScriptEntry, in state: inout State) -> [Event]?

    /// What the text suggests at a choice step (Enter takes it).
    func suggestion(at entry: ScriptEntry, in state: State) -> String?
    /// Keeps a choice and says what is said on it; `nil` when the step does not take the word.
    func keep(_ answer: ChoiceAnswer, at entry: ScriptEntry, in state: inout State) -> [Event]?
    /// Keeps a free-text answer (`nil`: skipped).
    func keep(detail: String?, at entry: ScriptEntry, in state: inout State)
}

/// The events every script's conversation says in the same words, whatever its host.
public protocol ScriptEvent: Equatable {
    static func help(_ step: Step) -> Self
    static func why(_ step: Step) -> Self
    /// `/why P2`: one principle, as the lessons state it.
    static func principle(_ principle: Principle) -> Self
    static func wentBack(to step: Step) -> Self
    static var nothingToUndo: Self { get }
    static func unknownCommand(_ word: String) -> Self
    static func linesLeftOut(count: Int) -> Self
}

/// Why the engine refused a line at a step.
public enum Refusal: Sendable, Equatable {
    /// Not an answer the step takes (or nothing where something is needed).
    case notAnAnswer
    /// Text only commands are taken at the step.
    case commandsOnly
    /// Text ended with nothing in it, where text is needed.
    case emptyText
    /// The line would take the text past its limit (warned at the first line left out).
    case textTooLong(limit: Int)
    /// A detail longer than its limit.
    case detailTooLong(limit: Int)
    /// A detail holding a web address, which platforms refuse.
    case link(String)
}

extension ScriptHost {
    public func read(_ line: String, at entry: ScriptEntry) -> ScriptLine { ScriptLine(line) }

    public func ends(_ line: String, at entry: ScriptEntry, after lines: [String]) -> Bool {
        line.trimmingWhitespace().isEmpty
    }

    /// The first unconditional edge: a script whose answers do not choose the way on.
    public func edge(after state: State, at step: Step) -> Edge? {
        script.entry(step).edges.first { $0.condition == .always }
    }

    public func suggestion(at entry: ScriptEntry, in state: State) -> String? { nil }

    public func keep(detail: String?, at entry: ScriptEntry, in state: inout State) {}

    /// The words Tab completes at the state's step: the commands, and the answers of a choice
    /// (none in text the owner writes).
    public func completions(for state: State) -> [String] {
        commandWords + (waiting(state).map { script.entry($0).accepts.completions } ?? [])
    }
}
