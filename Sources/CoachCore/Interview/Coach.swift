/// The interview's one pure step function: a session and one line of input in, the new session
/// and what to say out. No I/O, no clock, no randomness. What each step asks, takes and keeps,
/// and where it leads, is read from the script; nothing here names a step.
public struct Coach: Sendable, ScriptEngine {
    public let catalog: PromptCatalog
    public let limits: Limits
    public let script: Script

    public init(catalog: PromptCatalog, limits: Limits = Limits(), script: Script = .interview) {
        self.catalog = catalog
        self.limits = limits
        self.script = script
    }

    /// The events that open a session (the first question).
    public func opening(_ session: Session) -> [CoachEvent] {
        questionEvents(for: session.state)
    }

    /// Advances the session by one line of input.
    public func step(_ session: Session, _ line: String) -> (Session, [CoachEvent]) {
        var next = session
        let events = handle(&next, line)
        return (next, events)
    }

    /// The words Tab completes at the session's current step.
    public func completions(for session: Session) -> [String] {
        SlashCommand.words + script.entry(session.state.step).accepts.completions
    }

    /// The assessment for the session's current facts, with the owner's notes on them.
    public func assessment(for state: InterviewState) -> Assessment {
        var assessment = Assessment(signals: state.signals, owner: state.owner, details: state.details, catalog: catalog,
                                    industry: state.profile.industry)
        for entry in script.entries {
            guard case .fact(let fact) = entry.stores, let note = state.notes[entry.step] else { continue }
            assessment.ownerNotes[fact] = note
        }
        return assessment
    }

    public func currentStep(of session: Session, after events: [CoachEvent]) -> Step? {
        events.contains(.quit) ? nil : session.state.step
    }

    /// The edge a line took: for an answer, the one the verdict and mood chose (two edges may
    /// lead to the same step); for a command, the table's.
    public func edgeTaken(by line: String, from before: Session, to after: Session, events: [CoachEvent]) -> Edge? {
        guard case .input = ScriptLine(line) else { return tableEdge(by: line, from: before, to: after, events: events) }
        guard after.state.step != before.state.step else { return nil }
        var answered = after.state
        answered.step = before.state.step
        return edge(after: answered)
    }

    /// The edge the interview takes from `state`'s step once its answer is in `state`.
    public func edge(after state: InterviewState) -> Edge? {
        script.edge(after: state.step, mood: state.mood, verdict: VerdictRules.decide(state.facts).verdict)
    }

    // MARK: - Handling one line

    private func handle(_ session: inout Session, _ line: String) -> [CoachEvent] {
        switch ScriptLine(line) {
        case .command(let command, _): return run(command, in: &session)
        case .unknownCommand(let word): return [.unknownCommand(word)]
        case let .badArgument(command, given): return [.badCommandArgument(command: command, given: given)]
        case .input: break
        }
        let entry = script.entry(session.state.step)
        switch entry.accepts {
        case .lines: return takeLine(line, for: entry, in: &session)
        case .choice(let choices): return takeChoice(line, choices, for: entry, in: &session)
        case .freeText: return takeText(line, for: entry, in: &session)
        case .commandsOnly: return [.commandsOnly]
        }
    }

    /// A line of text pasted line by line (the review, a draft); an empty line ends it.
    private func takeLine(_ line: String, for entry: ScriptEntry, in session: inout Session) -> [CoachEvent] {
        let isDraft = entry.stores == .draft
        let lines = isDraft ? session.state.draftLines : session.state.reviewLines
        if line.trimmingWhitespace().isEmpty {
            return isDraft ? endDraft(in: &session) : endReview(in: &session)
        }
        let limit = isDraft ? limits.draftBytes : limits.reviewBytes
        if lines.reduce(0, { $0 + $1.utf8.count + 1 }) + line.utf8.count > limit {
            // Warn at the first line left out only: a long paste would repeat it for every line.
            session.state.linesLeftOut += 1
            guard session.state.linesLeftOut == 1 else { return [] }
            return [isDraft ? .draftTooLong(limit: limit) : .reviewTooLong(limit: limit)]
        }
        // Lines of the text are not separate undo points.
        if isDraft { session.state.draftLines.append(line) } else { session.state.reviewLines.append(line) }
        return []
    }

    private func endReview(in session: inout Session) -> [CoachEvent] {
        var state = session.state
        guard state.reviewLines.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { return [.reviewEmpty] }
        while let last = state.reviewLines.last, last.trimmingWhitespace().isEmpty { state.reviewLines.removeLast() }
        state.signals = SignalDetector.detect(in: state.review)
        let told = leftOutEvents(&state)
        return advance(&session, to: state, events: told + [.noticed(state.signals)])
    }

    /// The draft is checked and the session goes back where the draft was asked for; drafting
    /// is not an answer, so it is not an undo point.
    private func endDraft(in session: inout Session) -> [CoachEvent] {
        var state = session.state
        let draft = state.draftLines.joined(separator: "\n")
        let told = leftOutEvents(&state)
        if let next = edge(after: state).flatMap({ script.destination(of: $0, from: state.step) }) { state.step = next }
        session.state = state
        guard !draft.trimmingWhitespace().isEmpty else { return told + [.draftEmpty] }
        let context = ReplyContext(ourFault: state.owner.ourFault, industry: state.profile.industry, review: state.review)
        return told + [.draftChecked(findings: ReplyChecker.check(draft, context: context))]
    }

    /// Says how many lines were left out, once, when the text ends.
    private func leftOutEvents(_ state: inout InterviewState) -> [CoachEvent] {
        defer { state.linesLeftOut = 0 }
        return state.linesLeftOut > 0 ? [.linesLeftOut(count: state.linesLeftOut)] : []
    }

    private func takeChoice(_ line: String, _ choices: Choices, for entry: ScriptEntry, in session: inout Session) -> [CoachEvent] {
        var state = session.state
        let trimmed = line.trimmingWhitespace()
        let typed = trimmed.isEmpty ? state.prefill(for: entry).map { ChoiceAnswer(word: $0.answer) } : AnswerParser.choice(choices, trimmed)
        guard let answer = typed, keep(answer, for: entry, in: &state) else { return [.invalidAnswer(entry.step)] }
        state.notes[entry.step] = answer.note
        let advice: [CoachEvent] = entry.stores == .mood ? state.mood.map { [.moodAdvice($0)] } ?? [] : []
        return advance(&session, to: state, events: advice)
    }

    /// Keeps a choice where the entry says; false when the word is not one it takes.
    private func keep(_ answer: ChoiceAnswer, for entry: ScriptEntry, in state: inout InterviewState) -> Bool {
        switch entry.stores {
        case .mood:
            guard let mood = Mood(rawValue: answer.word) else { return false }
            state.mood = mood
            return true
        case .fact(let fact): return state.owner.record(answer.word, for: fact)
        case .answer:
            state.answers[entry.step] = answer.word
            return true
        case .nothing, .review, .draft, .detail: return true
        }
    }

    private func takeText(_ line: String, for entry: ScriptEntry, in session: inout Session) -> [CoachEvent] {
        var state = session.state
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return [.invalidAnswer(entry.step)] }
        guard trimmed.utf8.count <= limits.detailBytes else { return [.detailTooLong(entry.step, limit: limits.detailBytes)] }
        if entry.check == .noLink, let link = ContactLine.link(in: trimmed) { return [.linkRefused(entry.step, link: link)] }
        let kept = AnswerParser.isSkip(trimmed) ? nil : trimmed
        switch entry.stores {
        case .detail(let detail): state.details[detail] = kept
        case .answer: state.answers[entry.step] = kept
        case .nothing, .review, .draft, .mood, .fact: break
        }
        return advance(&session, to: state, events: [])
    }

    /// Moves to the next step from the script, keeping the old state for `/back`.
    private func advance(_ session: inout Session, to newState: InterviewState, events: [CoachEvent]) -> [CoachEvent] {
        var state = newState
        guard let edge = edge(after: state), let next = script.destination(of: edge, from: state.step) else { return events }
        session.undo.append(session.state)
        state.step = next
        let answered = answerFromProfile(&state)
        session.state = state
        return events + answered + arrivalEvents(for: state)
    }

    /// Takes the answers the profile holds, step after step, without asking them; stops at the
    /// first step the profile does not answer.
    private func answerFromProfile(_ state: inout InterviewState) -> [CoachEvent] {
        var events: [CoachEvent] = []
        for _ in script.entries {
            let entry = script.entry(state.step)
            guard entry.fromProfile, case .detail(let detail) = entry.stores, let value = state.profile[detail],
                  let edge = edge(after: state), let next = script.destination(of: edge, from: state.step) else { break }
            state.details[detail] = value
            events.append(.fromProfile(entry.step, value))
            state.step = next
        }
        return events
    }

    /// What is said on arriving at a step: its question, or the verdict.
    private func arrivalEvents(for state: InterviewState) -> [CoachEvent] {
        switch script.entry(state.step).arrival {
        case .question: return questionEvents(for: state)
        case .verdict:
            let assessment = assessment(for: state)
            return (state.explain ? [.decisionPath(assessment)] : []) + [.assessment(assessment)]
        }
    }

    func questionEvents(for state: InterviewState) -> [CoachEvent] {
        var events: [CoachEvent] = []
        if state.step == script.start, !state.reviewLines.isEmpty { events.append(.reviewSoFar(state.review)) }
        if state.explain { events.append(.explainStep(state.step)) }
        events.append(.ask(state.step, prefill: state.prefill(for: script.entry(state.step))))
        return events
    }
}
