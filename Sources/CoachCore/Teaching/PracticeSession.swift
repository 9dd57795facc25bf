/// Practice's one pure step function: a state and one line of input in, the new state and what
/// to say out. No I/O, no clock, no randomness (the plan's order comes from its seed).
public struct PracticeSession: Sendable, ScriptEngine {
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

    /// The script practice runs on.
    public var script: Script { .practice }

    public func currentStep(of state: PracticeState, after events: [PracticeEvent]) -> Step? {
        state.isFinished ? nil : state.step
    }

    /// The words Tab completes at the state's step: the commands, and the answers of a choice
    /// (none in a draft, so Tab never puts a word into it).
    public func completions(for state: PracticeState) -> [String] {
        Self.commands + script.entry(state.step).accepts.completions
    }

    /// Advances the session by one line of input.
    public func step(_ state: PracticeState, _ line: String) -> (PracticeState, [PracticeEvent]) {
        guard !state.isFinished else { return (state, []) }
        switch ScriptLine(line) {
        case .command(.help, _): return (state, [.help(state.step)])
        case .command(.why, _): return (state, [.why(state.step)])
        case .command(.back, _): return back(state)
        case .command(.quit, _): return stop(state)
        case .command(_, let typed): return (state, [.notInPractice(typed)])
        case .unknownCommand(let word): return (state, [.unknownCommand(word)])
        case .badArgument(let command, _): return (state, [.notInPractice(command)])
        case .input: break
        }
        var next = state
        switch state.phase {
        case .finished:
            return (state, [])
        case .verdict:
            if VerdictAnswer.isQuit(line) { return stop(state) }
            guard let given = AnswerParser.choice(.verdict, line).flatMap(VerdictAnswer.verdict(for:)) else {
                return (state, [.invalidVerdict, .askVerdict])
            }
            next.undo.append(state)
            next.phase = .draft(given: given, lines: [])
            return (next, [.askDraft])
        case let .draft(given, lines):
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || (lines.isEmpty && VerdictAnswer.isSkip(trimmed)) {
                // Say how many lines were left out before the grade, once, as the chat does.
                let told: [PracticeEvent] = state.linesLeftOut > 0 ? [.linesLeftOut(count: state.linesLeftOut)] : []
                next.linesLeftOut = 0
                let (graded, events) = grade(next, given: given, draft: lines.isEmpty ? nil : lines.joined(separator: "\n"))
                return (graded, told + events)
            }
            let size = lines.reduce(0) { $0 + $1.utf8.count + 1 }
            if size + line.utf8.count > limits.draftBytes {
                // Warn at the first line left out only: a long paste would repeat it for every line.
                next.linesLeftOut += 1
                return (next, next.linesLeftOut == 1 ? [.draftTooLong(limit: limits.draftBytes)] : [])
            }
            next.phase = .draft(given: given, lines: lines + [line])
            return (next, [])
        }
    }

    /// Undoes the last verdict: back to naming the kind of that case, its grade taken away.
    private func back(_ state: PracticeState) -> (PracticeState, [PracticeEvent]) {
        guard let previous = state.undo.last else { return (state, [.nothingToUndo]) }
        return (previous, [.wentBack(to: previous.step)] + caseEvents(previous))
    }

    /// Ends the session where it is (the trainee quit or the input ended): the summary of the
    /// cases answered so far. An unfinished answer is not graded.
    public func stop(_ state: PracticeState) -> (PracticeState, [PracticeEvent]) {
        guard !state.isFinished else { return (state, []) }
        var next = state
        next.phase = .finished
        return (next, [.summary(PracticeSummary(state: next))])
    }

    private func grade(_ state: PracticeState, given: Verdict, draft: String?) -> (PracticeState, [PracticeEvent]) {
        guard let practiceCase = state.currentCase else { return stop(state) }
        var next = state
        next.grades.append(PracticeGrade(practiceCase: practiceCase, given: given, draft: draft, catalog: catalog))
        next.position += 1
        let graded = PracticeEvent.graded(next.grades.last!, score: next.score)
        guard next.position < next.plan.cases.count else {
            next.phase = .finished
            return (next, [graded, .summary(PracticeSummary(state: next))])
        }
        next.phase = .verdict
        return (next, [graded] + caseEvents(next))
    }

    private func caseEvents(_ state: PracticeState) -> [PracticeEvent] {
        guard let practiceCase = state.currentCase else { return [] }
        return [.showCase(number: state.position + 1, of: state.plan.cases.count, practiceCase), .askVerdict]
    }
}
