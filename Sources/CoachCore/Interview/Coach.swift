/// The interview, run by the one step engine (`ScriptRunner.swift`): a session and one line of
/// input in, the new session and what to say out. No I/O, no clock, no randomness. What each
/// step asks, takes and keeps, and where it leads, is read from the script; nothing here names
/// a step.
public struct Coach: ScriptHost, ScriptEngine {
    public typealias State = Session
    public typealias Event = CoachEvent

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

    /// The assessment for the session's current facts, with the owner's notes on them.
    public func assessment(for state: InterviewState) -> Assessment {
        var assessment = Assessment(signals: state.signals, owner: state.owner, details: state.details, catalog: catalog,
                                    industry: state.knownProfile.industry, review: state.review,
                                    answers: state.claimStances, channel: state.channel ?? .publicReview)
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

    // MARK: - What the interview keeps and says (the engine is `ScriptRunner.swift`)

    public var commandWords: [String] { SlashCommand.words }

    public func waiting(_ session: Session) -> Step? { session.state.step }

    public func edge(after session: Session, at step: Step) -> Edge? {
        var state = session.state
        state.step = step
        return edge(after: state)
    }

    public func keepUndo(_ previous: Session, in session: inout Session) {
        session.undo.append(previous.state)
    }

    /// The state before the last answer; teaching mode stays as it is now.
    public func undo(_ session: Session) -> Session? {
        var undo = session.undo
        guard var previous = undo.popLast() else { return nil }
        previous.explain = session.state.explain
        return Session(state: previous, undo: undo)
    }

    public func question(at session: Session) -> [CoachEvent] { questionEvents(for: session.state) }

    public func badArgument(command: String, given: String) -> [CoachEvent] {
        [.badCommandArgument(command: command, given: given)]
    }

    public func refused(_ refusal: Refusal, at entry: ScriptEntry, in session: Session) -> [CoachEvent] {
        switch refusal {
        case .notAnAnswer: [.invalidAnswer(entry.step)]
        case .commandsOnly: [.commandsOnly]
        case .emptyText: [.reviewEmpty]
        case .textTooLong(let limit): [entry.stores == .draft ? .draftTooLong(limit: limit) : .reviewTooLong(limit: limit)]
        case .detailTooLong(let limit): [.detailTooLong(entry.step, limit: limit)]
        case .link(let link): [.linkRefused(entry.step, link: link)]
        }
    }

    public func text(at entry: ScriptEntry, in session: Session) -> [String] {
        entry.stores == .draft ? session.state.draftLines : session.state.reviewLines
    }

    public func append(_ line: String, at entry: ScriptEntry, in session: inout Session) {
        if entry.stores == .draft { session.state.draftLines.append(line) } else { session.state.reviewLines.append(line) }
    }

    public func linesLeftOut(in session: Session) -> Int { session.state.linesLeftOut }

    public func setLinesLeftOut(_ count: Int, in session: inout Session) { session.state.linesLeftOut = count }

    /// The review is read for signals (refused with nothing in it); the draft is checked.
    public func finish(text lines: [String], at entry: ScriptEntry, in session: inout Session) -> [CoachEvent]? {
        guard entry.stores == .draft else {
            guard lines.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { return nil }
            var kept = lines
            while let last = kept.last, last.trimmingWhitespace().isEmpty { kept.removeLast() }
            session.state.reviewLines = kept
            session.state.signals = SignalDetector.detect(in: session.state.review)
            session.state.claims = ClaimFinder.shipped.claims(in: session.state.review)
            session.state.claimAnswers = [:]
            return [.noticed(session.state.signals)]
        }
        let draft = lines.joined(separator: "\n")
        guard !draft.trimmingWhitespace().isEmpty else { return [.draftEmpty] }
        // Checked in the session's context: the verdict and fault so far, the business, the review.
        let state = session.state
        let context = ReplyContext(verdict: VerdictRules.decide(state.facts).verdict, ourFault: state.owner.ourFault,
                                   industry: state.knownProfile.industry ?? Industry.implied(by: state.review), review: state.review)
        let findings = ReplyChecker.check(draft, context: context)
        return [.draftChecked(findings: findings), .draftGraded(ReplyRubric.shipped.grade(draft, context: context, findings: findings))]
    }

    public func suggestion(at entry: ScriptEntry, in session: Session) -> String? {
        session.state.prefill(for: entry)?.answer
    }

    /// Keeps a choice where the entry says, with the owner's note; the mood gets its advice.
    public func keep(_ answer: ChoiceAnswer, at entry: ScriptEntry, in session: inout Session) -> [CoachEvent]? {
        var state = session.state
        switch entry.stores {
        case .mood:
            guard let mood = Mood(rawValue: answer.word) else { return nil }
            state.mood = mood
        case .fact(let fact):
            guard state.owner.record(answer.word, for: fact) else { return nil }
        case .answer: state.answers[entry.step] = answer.word
        case .profile(let member):
            guard state.learned.record(answer.word, for: member) else { return nil }
        case .claim(let index):
            guard let stance = ClaimStance(rawValue: answer.word) else { return nil }
            state.claimAnswers[index] = ClaimAnswer(stance: stance, note: answer.note)
        case .channel:
            guard let channel = ChannelAnswer(rawValue: answer.word)?.channel else { return nil }
            state.channel = channel
        case .nothing, .review, .draft, .detail: break
        }
        state.notes[entry.step] = answer.note
        session.state = state
        switch entry.stores {
        case .mood: return state.mood.map { [.moodAdvice($0)] } ?? []
        case .channel:
            // A private message is answered nowhere in public anyway; a scam in a review is not
            // answered there either.
            let scam = state.channel != .privateMessage && assessment(for: state).composed.withheld == .extortionScam
            return state.channel.map { [.channelAdvice($0, scam: scam)] } ?? []
        default: return []
        }
    }

    public func keep(detail text: String?, at entry: ScriptEntry, in session: inout Session) {
        switch entry.stores {
        case .detail(let detail): session.state.details[detail] = text
        case .answer: session.state.answers[entry.step] = text
        case .profile(let member): _ = session.state.learned.record(text, for: member)
        case .nothing, .review, .draft, .mood, .fact, .claim, .channel: break
        }
    }

    /// Arrives at a step: the answers the profile holds are taken on the way; then its question,
    /// or the verdict (not again when coming back from the owner's draft after it; but after a
    /// draft asked before it, `--you-first`, the verdict comes now).
    public func arrive(at step: Step, from entry: ScriptEntry, in session: inout Session) -> [CoachEvent] {
        session.state.step = step
        guard entry.stores != .draft || !script.hasVerdict(at: entry.step) else { return [] }
        let answered = answerFromProfile(&session.state)
        return answered + arrivalEvents(for: session.state)
    }

    /// Passes the steps not to ask, step after step: one whose condition does not hold (a
    /// claim the review does not make), or one the profile settles: it answers one (said
    /// aloud), or one that fills it in is not asked (it knows the answer, or the session does
    /// not learn it). Stops at the first step to ask.
    private func answerFromProfile(_ state: inout InterviewState) -> [CoachEvent] {
        var events: [CoachEvent] = []
        for _ in script.entries {
            let entry = script.entry(state.step)
            guard let edge = edge(after: state), let next = script.destination(of: edge, from: state.step) else { break }
            if !isAsked(entry, in: state) {
                state.step = next
                continue
            }
            guard let rule = entry.profile else { break }
            switch (rule, entry.stores) {
            case (.answers, .detail(let detail)):
                guard let value = state.profile[detail] else { return events }
                state.details[detail] = value
                events.append(.fromProfile(entry.step, value))
            case (.learns, .profile(let member)):
                guard state.profile[member] != nil || !state.learnsProfile else { return events }
            default: return events
            }
            state.step = next
        }
        return events
    }

    /// Whether the entry's condition for being asked holds in `state`.
    func isAsked(_ entry: ScriptEntry, in state: InterviewState) -> Bool {
        switch entry.asked {
        case .always: return true
        case .ownerOwnsPart: return state.ownsPart
        case .replyPosted: return assessment(for: state).composed.withheld == nil
        case .claimAt(let index):
            guard state.claims.indices.contains(index) else { return false }
            // Only where the public reply answers claims: not a troll's, and none at all for a
            // scam, spam or a private message.
            let assessment = assessment(for: state)
            return assessment.verdict != .troll && assessment.composed.withheld == nil
        }
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
        let entry = script.entry(state.step)
        if case .claim(let index) = entry.stores, state.claims.indices.contains(index) {
            events.append(.askClaim(state.step, state.claims[index]))
        } else {
            events.append(.ask(state.step, prefill: state.prefill(for: entry)))
        }
        return events
    }
}
