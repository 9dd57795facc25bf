extension Coach {
    /// Runs a slash command: `/help`, `/why`, `/summary` and `/quit` say something and change
    /// nothing; `/back` and `/restart` use the undo stack; `/draft` follows the step's command edge.
    func run(_ command: SlashCommand, in session: inout Session) -> [CoachEvent] {
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
            session.state = InterviewState(explain: session.state.explain, profile: session.state.profile)
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
        case .explain(let on):
            session.state.explain = on ?? !session.state.explain
            return [.explainChanged(on: session.state.explain)]
        }
    }
}
