/// Practice as a second script on the interview's engine (`ScriptRunner.swift`): what practice
/// keeps (the verdict named, the draft, the grades) and what it says. No I/O, no clock, no
/// randomness (the plan's order comes from its seed).
public struct PracticeSession: ScriptHost, ScriptEngine {
    public typealias State = PracticeState
    public typealias Event = PracticeEvent

    public let catalog: PromptCatalog
    public let limits: Limits

    public init(catalog: PromptCatalog, limits: Limits = Limits()) {
        self.catalog = catalog
        self.limits = limits
    }

    /// The state at the start of a plan and what opens it: how practice works and the first case.
    public func start(_ plan: PracticePlan) -> (PracticeState, [PracticeEvent]) {
        let state = PracticeState(plan: plan)
        guard !state.isFinished else { return (state, [.summary(PracticeSummary(state: state))]) }
        return (state, [.intro(cases: plan.cases.count)] + caseEvents(state))
    }

    /// The commands practice takes, as typed (for completion and the unknown-command error).
    public static let commands = ["/help", "/why", "/back", "/quit"]

    public var commandWords: [String] { Self.commands }

    /// The script practice runs on.
    public var script: Script { .practice }

    public func currentStep(of state: PracticeState, after events: [PracticeEvent]) -> Step? {
        waiting(state)
    }

    public func waiting(_ state: PracticeState) -> Step? {
        state.isFinished ? nil : state.step
    }

    /// Ends the session where it is (the trainee quit or the input ended): the summary of the
    /// cases answered so far. An unfinished answer is not graded.
    public func stop(_ state: PracticeState) -> (PracticeState, [PracticeEvent]) {
        guard !state.isFinished else { return (state, []) }
        var next = state
        next.phase = .finished
        return (next, [.summary(PracticeSummary(state: next))])
    }

    // MARK: - What practice keeps and says

    /// A plain "quit" (or "stop") where a verdict is asked is the `/quit` command.
    public func read(_ line: String, at entry: ScriptEntry) -> ScriptLine {
        if case .choice = entry.accepts, VerdictAnswer.isQuit(line) { return .command(.quit, typed: line) }
        return ScriptLine(line)
    }

    /// `/quit` stops with the summary; the interview's other commands have no use here.
    public func run(_ command: SlashCommand, typed: String, in state: inout PracticeState) -> [PracticeEvent] {
        guard command == .quit else { return [.notInPractice(typed)] }
        let (stopped, events) = stop(state)
        state = stopped
        return events
    }

    public func badArgument(command: String, given: String) -> [PracticeEvent] { [.notInPractice(command)] }

    public func refused(_ refusal: Refusal, at entry: ScriptEntry, in state: PracticeState) -> [PracticeEvent] {
        if case .textTooLong(let limit) = refusal { return [.draftTooLong(limit: limit)] }
        return [.invalidVerdict, .askVerdict]
    }

    public func keepUndo(_ previous: PracticeState, in state: inout PracticeState) {
        state.undo.append(previous)
    }

    public func undo(_ state: PracticeState) -> PracticeState? { state.undo.last }

    public func question(at state: PracticeState) -> [PracticeEvent] { caseEvents(state) }

    /// The verdict named opens the draft for it.
    public func keep(_ answer: ChoiceAnswer, at entry: ScriptEntry, in state: inout PracticeState) -> [PracticeEvent]? {
        guard let given = VerdictAnswer.verdict(for: answer) else { return nil }
        state.phase = .draft(given: given, lines: [])
        return []
    }

    public func text(at entry: ScriptEntry, in state: PracticeState) -> [String] {
        if case .draft(_, let lines) = state.phase { lines } else { [] }
    }

    public func append(_ line: String, at entry: ScriptEntry, in state: inout PracticeState) {
        guard case let .draft(given, lines) = state.phase else { return }
        state.phase = .draft(given: given, lines: lines + [line])
    }

    /// "skip" as the first line ends the draft with none.
    public func ends(_ line: String, at entry: ScriptEntry, after lines: [String]) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed.isEmpty || (lines.isEmpty && VerdictAnswer.isSkip(trimmed))
    }

    public func linesLeftOut(in state: PracticeState) -> Int { state.linesLeftOut }

    public func setLinesLeftOut(_ count: Int, in state: inout PracticeState) { state.linesLeftOut = count }

    /// The draft ended: the case is graded; after the last case, the summary.
    public func finish(text lines: [String], at entry: ScriptEntry, in state: inout PracticeState) -> [PracticeEvent]? {
        guard case .draft(let given, _) = state.phase, let practiceCase = state.currentCase else {
            let (stopped, events) = stop(state)
            state = stopped
            return events
        }
        let draft = lines.isEmpty ? nil : lines.joined(separator: "\n")
        state.grades.append(PracticeGrade(practiceCase: practiceCase, given: given, draft: draft, catalog: catalog))
        state.position += 1
        let graded = PracticeEvent.graded(state.grades[state.grades.count - 1], score: state.score)
        guard state.position < state.plan.cases.count else {
            state.phase = .finished
            return [graded, .summary(PracticeSummary(state: state))]
        }
        return [graded]
    }

    /// The next case (or the draft's question), on arriving at a step.
    public func arrive(at step: Step, from entry: ScriptEntry, in state: inout PracticeState) -> [PracticeEvent] {
        guard script.entry(step).stores != .draft else { return [.askDraft] }
        state.phase = .verdict
        return caseEvents(state)
    }

    private func caseEvents(_ state: PracticeState) -> [PracticeEvent] {
        guard let practiceCase = state.currentCase else { return [] }
        return [.showCase(number: state.position + 1, of: state.plan.cases.count, practiceCase), .askVerdict]
    }
}
