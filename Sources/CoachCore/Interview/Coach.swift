/// An interview in progress: the current state and the states before each answer, for `/back`.
public struct Session: Sendable, Equatable {
    public var state: InterviewState
    /// Earlier states, oldest first; `/back` pops the last one.
    public var undo: [InterviewState]

    public init(state: InterviewState = InterviewState(), undo: [InterviewState] = []) {
        self.state = state
        self.undo = undo
    }
}

/// The interview's one pure step function: a session and one line of input in, the new session
/// and what to say out. No I/O, no clock, no randomness.
public struct Coach: Sendable {
    public let catalog: PromptCatalog
    public let limits: Limits

    public init(catalog: PromptCatalog, limits: Limits = Limits()) {
        self.catalog = catalog
        self.limits = limits
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
        SlashCommand.words + session.state.step.accepts.completions
    }

    /// The assessment for the session's current facts.
    public func assessment(for state: InterviewState) -> Assessment {
        Assessment(signals: state.signals, owner: state.owner, details: state.details, catalog: catalog)
    }

    // MARK: - Handling one line

    private func handle(_ session: inout Session, _ line: String) -> [CoachEvent] {
        let state = session.state
        if line.trimmingWhitespace().hasPrefix("/") {
            switch SlashCommand.parse(line) {
            case .success(let command): return run(command, in: &session)
            case .failure(.unknown(let word)): return [.unknownCommand(word)]
            case .failure(.badArgument(let command, let given)):
                return [.badCommandArgument(command: command, given: given)]
            case .failure(.notACommand): break
            }
        }
        switch state.step {
        case .review: return takeReviewLine(line, in: &session)
        case .draft: return takeDraftLine(line, in: &session)
        case .done: return [.commandsOnly]
        default: return takeAnswer(line, in: &session)
        }
    }

    private func takeReviewLine(_ line: String, in session: inout Session) -> [CoachEvent] {
        var state = session.state
        if line.trimmingWhitespace().isEmpty {
            guard state.reviewLines.contains(where: { !$0.trimmingWhitespace().isEmpty }) else {
                return [.reviewEmpty]
            }
            while let last = state.reviewLines.last, last.trimmingWhitespace().isEmpty { state.reviewLines.removeLast() }
            state.signals = SignalDetector.detect(in: state.review)
            let leftOut = state.linesLeftOut
            state.linesLeftOut = 0
            return advance(&session, to: state, after: .review,
                           events: (leftOut > 0 ? [.linesLeftOut(count: leftOut)] : []) + [.noticed(state.signals)])
        }
        if state.review.utf8.count + line.utf8.count + 1 > limits.reviewBytes {
            // Warn at the first line left out only: a long paste would repeat it for every line.
            session.state.linesLeftOut += 1
            return session.state.linesLeftOut == 1 ? [.reviewTooLong(limit: limits.reviewBytes)] : []
        }
        state.reviewLines.append(line)
        session.state = state  // lines of the review are not separate undo points
        return []
    }

    private func takeDraftLine(_ line: String, in session: inout Session) -> [CoachEvent] {
        if line.trimmingWhitespace().isEmpty {
            let draft = session.state.draftLines.joined(separator: "\n")
            let leftOut = session.state.linesLeftOut
            session.state.step = .done
            session.state.linesLeftOut = 0
            let told: [CoachEvent] = leftOut > 0 ? [.linesLeftOut(count: leftOut)] : []
            guard !draft.trimmingWhitespace().isEmpty else { return told + [.draftEmpty] }
            return told + [.draftChecked(findings: ReplyChecker.check(draft))]
        }
        let size = session.state.draftLines.reduce(0) { $0 + $1.utf8.count + 1 }
        if size + line.utf8.count > limits.draftBytes {
            session.state.linesLeftOut += 1
            return session.state.linesLeftOut == 1 ? [.draftTooLong(limit: limits.draftBytes)] : []
        }
        session.state.draftLines.append(line)
        return []
    }

    private func takeAnswer(_ line: String, in session: inout Session) -> [CoachEvent] {
        var state = session.state
        let step = state.step
        let trimmed = line.trimmingWhitespace()
        var events: [CoachEvent] = []
        switch step.accepts {
        case .mood:
            guard let mood = AnswerParser.mood(trimmed) else { return [.invalidAnswer(step)] }
            state.mood = mood
            events.append(.moodAdvice(mood))
        case .ready:
            guard AnswerParser.ready(trimmed) else { return [.invalidAnswer(step)] }
        case .yesNoUnsure, .fault:
            let answer = trimmed.isEmpty ? state.prefill(for: step)?.answer : trimmed
            guard let answer, record(answer, for: step.fact!, in: &state) else { return [.invalidAnswer(step)] }
        case .detail:
            guard !trimmed.isEmpty else { return [.invalidAnswer(step)] }
            guard trimmed.utf8.count <= limits.detailBytes else {
                return [.detailTooLong(step, limit: limits.detailBytes)]
            }
            state.details[step.detail!] = AnswerParser.isSkip(trimmed) ? nil : trimmed
        case .multilineText, .commandsOnly:
            return [.commandsOnly]
        }
        return advance(&session, to: state, after: step, events: events)
    }

    /// Records a fact answer; false when the words are not an accepted answer.
    private func record(_ answer: String, for fact: FactName, in state: inout InterviewState) -> Bool {
        switch fact {
        case .customerFound: state.owner.customerFound = AnswerParser.yesNoUnsure(answer)
        case .ourFault: state.owner.ourFault = AnswerParser.fault(answer)
        case .demand: state.owner.demand = AnswerParser.yesNoUnsure(answer)
        case .abusive: state.owner.abusive = AnswerParser.yesNoUnsure(answer)
        }
        return switch fact {
        case .customerFound: state.owner.customerFound != nil
        case .ourFault: state.owner.ourFault != nil
        case .demand: state.owner.demand != nil
        case .abusive: state.owner.abusive != nil
        }
    }

    /// Moves to the next step from the table, keeping the old state for `/back`.
    private func advance(
        _ session: inout Session, to newState: InterviewState, after step: Step, events: [CoachEvent]
    ) -> [CoachEvent] {
        var state = newState
        let verdict = VerdictRules.decide(state.facts).verdict
        guard let next = StateTable.next(after: step, mood: state.mood, verdict: verdict) else { return events }
        session.undo.append(session.state)
        state.step = next
        session.state = state
        return events + arrivalEvents(for: state)
    }

    /// What is said on arriving at a step: the verdict at `done`, otherwise the question.
    private func arrivalEvents(for state: InterviewState) -> [CoachEvent] {
        if state.step == .done {
            let assessment = assessment(for: state)
            return (state.explain ? [.decisionPath(assessment)] : []) + [.assessment(assessment)]
        }
        return questionEvents(for: state)
    }

    private func questionEvents(for state: InterviewState) -> [CoachEvent] {
        var events: [CoachEvent] = []
        if state.step == .review, !state.reviewLines.isEmpty { events.append(.reviewSoFar(state.review)) }
        if state.explain { events.append(.explainStep(state.step)) }
        events.append(.ask(state.step, prefill: state.prefill(for: state.step)))
        return events
    }

    // MARK: - Commands

    private func run(_ command: SlashCommand, in session: inout Session) -> [CoachEvent] {
        switch command {
        case .help: return [.help(session.state.step)]
        case .why: return [.why(session.state.step)]
        case .summary: return [.summary(session.state)]
        case .quit: return [.quit]
        case .back:
            guard var previous = session.undo.popLast() else { return [.nothingToUndo] }
            previous.explain = session.state.explain
            session.state = previous
            return [.wentBack(to: previous.step)] + questionEvents(for: previous)
        case .restart:
            session.undo.append(session.state)
            session.state = InterviewState(explain: session.state.explain)
            return [.restarted] + questionEvents(for: session.state)
        case .draft:
            guard session.state.step == .done else {
                return session.state.step == .draft ? [.help(.draft)] : [.draftNotYet]
            }
            session.state.step = .draft
            session.state.draftLines = []
            return questionEvents(for: session.state)
        case .save(let path):
            guard !session.state.reviewLines.isEmpty else { return [.nothingToSave] }
            return [.saveRequested(path: path)]
        case .explain(let on):
            session.state.explain = on ?? !session.state.explain
            return [.explainChanged(on: session.state.explain)]
        }
    }
}

/// Size limits for what the owner types, in UTF-8 bytes.
public struct Limits: Sendable, Equatable {
    /// The longest review accepted: 20 KB, about ten times the longest reviews platforms allow
    /// (Google 4,096 characters, Yelp 5,000, Tripadvisor 20,000 characters at most).
    public var reviewBytes = 20_000
    /// The longest draft reply: replies should be short (P4); 10 KB is far beyond any good one.
    public var draftBytes = 10_000
    /// The longest single detail answer.
    public var detailBytes = 300

    public init() {}
}
