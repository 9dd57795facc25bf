/// Practice as a second script on the interview's engine (`ScriptRunner.swift`): what practice
/// keeps (the verdict named, the draft, the grades) and what it says. No I/O, no clock, no
/// randomness (the plan's order comes from its seed).
public struct PracticeSession: ScriptHost, ScriptEngine {
    public typealias State = PracticeState
    public typealias Event = PracticeEvent

    public let catalog: PromptCatalog
    public let limits: Limits
    /// What is asked and when the feedback comes (`PracticeMode`).
    public let mode: PracticeMode
    /// Seconds allowed per case, or `nil` for no limit.
    public let timeLimit: Int?

    public init(catalog: PromptCatalog, limits: Limits = Limits(), mode: PracticeMode = .full, timeLimit: Int? = nil) {
        self.catalog = catalog
        self.limits = limits
        self.mode = mode
        self.timeLimit = timeLimit
    }

    /// The state at the start of a plan and what opens it: how practice works and the first
    /// case. `now` is the shell's clock in seconds (it times the answers against the limit).
    public func start(_ plan: PracticePlan, at now: Double = 0) -> (PracticeState, [PracticeEvent]) {
        var state = PracticeState(plan: plan)
        state.mode = mode
        state.timeLimit = timeLimit
        state.now = now
        guard !state.isFinished else { return (state, [.summary(PracticeSummary(state: state))]) }
        let intro: PracticeEvent = mode == .full && timeLimit == nil
            ? .intro(cases: plan.cases.count) : .modeIntro(mode, cases: plan.cases.count, timeLimit: timeLimit)
        let opened = openCase(&state)
        return (state, [intro] + opened)
    }

    /// Advances by one typed line at `now` on the shell's clock.
    public func step(_ state: PracticeState, _ line: String, at now: Double) -> (PracticeState, [PracticeEvent]) {
        var timed = state
        timed.now = now
        return step(timed, line)
    }

    /// The commands practice takes, as typed (for completion and the unknown-command error).
    public static let commands = ["/help", "/why", "/back", "/quit"]

    public var commandWords: [String] { Self.commands }

    /// The script practice runs on.
    public var script: Script { mode.script }

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
        return (next, heldFeedback(next) + [.summary(PracticeSummary(state: next))])
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
        guard mode.asksDraft else { return grade(given: given, draft: nil, in: &state) }
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
        guard case .draft(let given, _) = state.phase else {
            let (stopped, events) = stop(state)
            state = stopped
            return events
        }
        return grade(given: given, draft: lines.isEmpty ? nil : lines.joined(separator: "\n"), in: &state)
    }

    /// Grades the current case and moves past it: its feedback now, or (in an exam) only that
    /// it was kept; after the last case, the summary.
    private func grade(given: Verdict, draft: String?, in state: inout PracticeState) -> [PracticeEvent] {
        guard let practiceCase = state.currentCase else {
            let (stopped, events) = stop(state)
            state = stopped
            return events
        }
        var grade = PracticeGrade(practiceCase: practiceCase, given: given, draft: draft, catalog: catalog)
        grade.mode = mode
        grade.timing = timeLimit.map { AnswerTiming(seconds: Int(max(0, state.now - state.caseShownAt)), limit: $0) }
        state.grades.append(grade)
        state.position += 1
        let said: [PracticeEvent] = mode.holdsFeedback ? [.answerKept(number: state.position)] : feedback(for: state.grades.count - 1, in: state)
        guard state.position < state.plan.cases.count else {
            state.phase = .finished
            return said + heldFeedback(state) + [.summary(PracticeSummary(state: state))]
        }
        return said
    }

    /// The feedback on one graded case: out of time first, if it was, then the grade with the
    /// score after it.
    private func feedback(for index: Int, in state: PracticeState) -> [PracticeEvent] {
        let grade = state.grades[index]
        let late: [PracticeEvent] = grade.timing.flatMap { $0.isOver ? [.outOfTime($0)] : nil } ?? []
        return late + [.graded(grade, score: PracticeScore(grades: Array(state.grades.prefix(index + 1))))]
    }

    /// In an exam, at the end: the feedback held back, for every case answered.
    private func heldFeedback(_ state: PracticeState) -> [PracticeEvent] {
        guard mode.holdsFeedback, !state.grades.isEmpty else { return [] }
        return [.examOver(answered: state.grades.count)] + state.grades.indices.flatMap { index in
            [.showCase(number: index + 1, of: state.plan.cases.count, state.grades[index].practiceCase)] + feedback(for: index, in: state)
        }
    }

    /// The next case on arriving at a step; the draft's question when the verdict was just named.
    public func arrive(at step: Step, from entry: ScriptEntry, in state: inout PracticeState) -> [PracticeEvent] {
        if script.entry(step).stores == .draft, entry.stores != .draft { return [.askDraft] }
        return openCase(&state)
    }

    /// Shows the current case and starts its clock: its first question is the verdict, or in
    /// reply mode the draft, with the verdict given.
    private func openCase(_ state: inout PracticeState) -> [PracticeEvent] {
        guard let practiceCase = state.currentCase else { return [] }
        state.caseShownAt = state.now
        state.phase = mode.asksVerdict ? .verdict : .draft(given: practiceCase.assessment(catalog: catalog).verdict, lines: [])
        return caseEvents(state)
    }

    /// The case and its first question (in reply mode, the verdict given and the draft's).
    private func caseEvents(_ state: PracticeState) -> [PracticeEvent] {
        guard let practiceCase = state.currentCase else { return [] }
        let shown = PracticeEvent.showCase(number: state.position + 1, of: state.plan.cases.count, practiceCase)
        guard mode.asksVerdict, case .verdict = state.phase else {
            guard case .draft(let given, _) = state.phase else { return [shown] }
            return [shown, .verdictGiven(given), .askDraft]
        }
        return [shown, .askVerdict]
    }
}
