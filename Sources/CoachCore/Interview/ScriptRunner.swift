/// The one step engine, for every host: a state and one typed line in, the new state and what
/// to say out. What a step takes and where it leads is read from the script's entry; the host
/// only keeps answers and names events. Pure: no I/O, no clock, no randomness.
extension ScriptHost {
    /// Advances the conversation by one typed line.
    public func step(_ state: State, _ line: String) -> (State, [Event]) {
        guard let step = waiting(state) else { return (state, []) }
        let entry = script.entry(step)
        switch read(line, at: entry) {
        case let .command(command, typed): return runCommand(command, typed: typed, at: step, in: state)
        case .unknownCommand(let word): return (state, [.unknownCommand(word)])
        case let .badArgument(command, given): return (state, badArgument(command: command, given: given))
        case .input: break
        }
        switch entry.accepts {
        case .lines: return takeLine(line, at: entry, in: state)
        case .choice(let choices): return takeChoice(line, choices, at: entry, in: state)
        case .freeText: return takeDetail(line, at: entry, in: state)
        case .commandsOnly: return (state, refused(.commandsOnly, at: entry, in: state))
        }
    }

    /// `/help`, `/why` and `/back` work alike in every script; the host runs the others.
    private func runCommand(_ command: SlashCommand, typed: String, at step: Step, in state: State) -> (State, [Event]) {
        switch command {
        case .help: return (state, [.help(step)])
        case .why(nil): return (state, [.why(step)])
        case .why(let principle?): return (state, [.principle(principle)])
        case .back:
            guard let previous = undo(state), let to = waiting(previous) else { return (state, [.nothingToUndo]) }
            return (previous, [.wentBack(to: to)] + question(at: previous))
        default:
            var next = state
            let events = run(command, typed: typed, in: &next)
            return (next, events)
        }
    }

    /// A line of text typed line by line (the review, a draft); the end of it moves on.
    private func takeLine(_ line: String, at entry: ScriptEntry, in state: State) -> (State, [Event]) {
        let lines = text(at: entry, in: state)
        if ends(line, at: entry, after: lines) { return endText(lines, at: entry, in: state) }
        var next = state
        let limit = entry.stores == .draft ? limits.draftBytes : limits.reviewBytes
        if lines.reduce(0, { $0 + $1.utf8.count + 1 }) + line.utf8.count > limit {
            // Warn at the first line left out only: a long paste would repeat it for every line.
            let leftOut = linesLeftOut(in: state) + 1
            setLinesLeftOut(leftOut, in: &next)
            return (next, leftOut == 1 ? refused(.textTooLong(limit: limit), at: entry, in: state) : [])
        }
        // Lines of the text are not separate undo points.
        append(line, at: entry, in: &next)
        return (next, [])
    }

    /// Keeps the text and moves on, saying first how many lines were left out. A draft is not
    /// an answer, so its end is no undo point.
    private func endText(_ lines: [String], at entry: ScriptEntry, in state: State) -> (State, [Event]) {
        var kept = state
        guard let said = finish(text: lines, at: entry, in: &kept) else {
            return (state, refused(.emptyText, at: entry, in: state))
        }
        let leftOut = linesLeftOut(in: state)
        setLinesLeftOut(0, in: &kept)
        let told: [Event] = leftOut > 0 ? [.linesLeftOut(count: leftOut)] : []
        return advance(from: state, to: kept, at: entry, saying: told + said, undoPoint: entry.stores != .draft)
    }

    /// A choice: the word the line opens with (Enter takes the text's suggestion), its note kept.
    private func takeChoice(_ line: String, _ choices: Choices, at entry: ScriptEntry, in state: State) -> (State, [Event]) {
        let trimmed = line.trimmingWhitespace()
        let typed = trimmed.isEmpty
            ? suggestion(at: entry, in: state).map { ChoiceAnswer(word: $0) }
            : AnswerParser.choice(choices, trimmed)
        var kept = state
        guard let answer = typed, let said = keep(answer, at: entry, in: &kept) else {
            return (state, refused(.notAnAnswer, at: entry, in: state))
        }
        return advance(from: state, to: kept, at: entry, saying: said, undoPoint: true)
    }

    /// A few words of the owner's own, checked for size and, where the entry says, for a link.
    private func takeDetail(_ line: String, at entry: ScriptEntry, in state: State) -> (State, [Event]) {
        let trimmed = line.trimmingWhitespace()
        let refusal: Refusal? =
            if trimmed.isEmpty { .notAnAnswer }
            else if trimmed.utf8.count > limits.detailBytes { .detailTooLong(limit: limits.detailBytes) }
            else if entry.check == .noLink, let link = ContactLine.link(in: trimmed) { .link(link) }
            else { nil }
        if let refusal { return (state, refused(refusal, at: entry, in: state)) }
        var kept = state
        keep(detail: AnswerParser.isSkip(trimmed) ? nil : trimmed, at: entry, in: &kept)
        return advance(from: state, to: kept, at: entry, saying: [], undoPoint: true)
    }

    /// Moves along the edge the table gives, keeping the state before the answer for `/back`.
    private func advance(from before: State, to kept: State, at entry: ScriptEntry, saying said: [Event], undoPoint: Bool) -> (State, [Event]) {
        guard waiting(kept) != nil, let edge = edge(after: kept, at: entry.step),
              let next = script.destination(of: edge, from: entry.step) else { return (kept, said) }
        var state = kept
        if undoPoint { keepUndo(before, in: &state) }
        let arrived = arrive(at: next, from: entry, in: &state)
        return (state, said + arrived)
    }
}
