import CoachCore

/// Test paths generated from a script: for every step, the shortest run of typed lines that
/// reaches it from the start; for every edge, the shortest run whose last line takes it. Found
/// by a breadth-first walk of real sessions, trying at each step the inputs its entry accepts,
/// so a new entry is covered without writing a path by hand.
struct ScriptPaths {
    /// One edge of the script: the step it leaves and its place in that step's edges.
    struct EdgeID: Hashable, CustomStringConvertible {
        var from: Step
        var index: Int
        var description: String { "\(from)#\(index)" }
    }

    let coach: Coach
    private(set) var toStep: [Step: [String]] = [:]
    private(set) var toEdge: [EdgeID: [String]] = [:]

    init(_ coach: Coach) {
        self.coach = coach
        walk()
    }

    var script: Script { coach.script }

    /// Every edge of the script.
    var edges: [EdgeID] {
        script.entries.flatMap { entry in entry.edges.indices.map { EdgeID(from: entry.step, index: $0) } }
    }

    /// The lines worth trying at a step: its answers (and Enter for a suggestion), a line of
    /// text and the empty line that ends it, "skip" for a detail, and its command edges.
    func inputs(at step: Step) -> [String] {
        let entry = script.entry(step)
        let commands = entry.edges.compactMap { edge -> String? in
            if case .command(let command) = edge.condition { command.rawValue } else { nil }
        }
        switch entry.accepts {
        case .choice(let choices): return choices.words + [""] + commands
        case .freeText: return ["skip"] + commands
        case .lines: return [Self.textLine, ""] + commands
        case .commandsOnly: return commands
        }
    }

    /// The line typed at a text step; typed once, then ended with an empty line.
    static let textLine = "Sorry about the cold soup, we waited an hour."

    /// The edge a line took from `before` to `after`, if it moved along one.
    func edgeTaken(by line: String, from before: Session, to after: Session, events: [CoachEvent]) -> EdgeID? {
        let step = before.state.step
        let entry = script.entry(step)
        if let command = StepCommand(rawValue: line) {
            let moved = after.state.step != step || events.contains(.quit)
            guard moved, let index = entry.edges.firstIndex(where: { $0.condition == .command(command) }) else { return nil }
            return EdgeID(from: step, index: index)
        }
        guard after.state.step != step else { return nil }
        var answered = after.state
        answered.step = step
        guard let edge = coach.edge(after: answered), let index = entry.edges.firstIndex(of: edge) else { return nil }
        return EdgeID(from: step, index: index)
    }

    private mutating func walk() {
        var queue: [(Session, [String])] = [(Session(), [])]
        var seen: Set<String> = []
        toStep[script.start] = []
        var head = 0
        while head < queue.count {
            let (session, path) = queue[head]
            head += 1
            for line in inputs(at: session.state.step) where !(line == Self.textLine && path.last == line) {
                let (next, events) = coach.step(session, line)
                let taken = path + [line]
                if let edge = edgeTaken(by: line, from: session, to: next, events: events), toEdge[edge] == nil {
                    toEdge[edge] = taken
                }
                if toStep[next.state.step] == nil { toStep[next.state.step] = taken }
                var key = next.state
                key.explain = false
                guard next != session, seen.insert("\(key)").inserted, !events.contains(.quit) else { continue }
                queue.append((next, taken))
            }
        }
    }
}
