extension Coach {
    /// Runs the interview's own commands (the engine runs `/help`, `/why` and `/back`):
    /// `/summary` and `/quit` say something and change nothing; `/restart` keeps an undo point;
    /// `/draft` follows the step's command edge.
    public func run(_ command: SlashCommand, typed: String, in session: inout Session) -> [CoachEvent] {
        switch command {
        case .help, .why, .back: return []  // the engine's own (ScriptRunner.swift)
        case .summary: return [.summary(session.state)]
        case .quit: return [.quit]
        case .restart:
            session.undo.append(session.state)
            session.state = InterviewState(explain: session.state.explain, profile: session.state.profile,
                                           learnsProfile: session.state.learnsProfile)
            return [.restarted] + questionEvents(for: session.state)
        case .draft:
            let step = session.state.step
            guard let edge = script.edge(at: step, command: .draft), let next = script.destination(of: edge, from: step) else {
                return script.entry(step).stores == .draft ? [.help(step)] : [.draftNotYet]
            }
            session.state.step = next
            session.state.draftLines = []
            return questionEvents(for: session.state)
        case .save(let path):
            guard !session.state.reviewLines.isEmpty else { return [.nothingToSave] }
            return [.saveRequested(path: path)]
        case .evidence(let path):
            guard !session.state.reviewLines.isEmpty else { return [.nothingForEvidence] }
            return [.evidenceRequested(path: path)]
        case .explain(let on):
            session.state.explain = on ?? !session.state.explain
            return [.explainChanged(on: session.state.explain)]
        }
    }
}
