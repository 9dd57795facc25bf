import CoachCore
import Testing

/// One edge of a script: the step it leaves and its place in that step's edges.
struct EdgeID: Hashable, Sendable, CustomStringConvertible {
    var from: Step
    var index: Int
    var description: String { "\(from)#\(index)" }

    /// Every edge of a script.
    static func all(in script: Script) -> [EdgeID] {
        script.entries.flatMap { entry in entry.edges.indices.map { EdgeID(from: entry.step, index: $0) } }
    }
}

/// Test paths generated from a script: for every step, the shortest run of typed lines that
/// reaches it from the start; for every edge, the shortest run whose last line takes it. Found
/// by a breadth-first walk of real sessions of any engine that runs the script, trying at each
/// step the inputs its entry accepts, so a new entry is covered without a path typed by hand.
struct ScriptPaths<Engine: ScriptEngine> {
    let engine: Engine
    let start: Engine.State
    private(set) var toStep: [Step: [String]] = [:]
    private(set) var toEdge: [EdgeID: [String]] = [:]

    /// `same` names the states the walk treats as one (the undo stack aside, say), so it ends.
    init(_ engine: Engine, from start: Engine.State, same: (Engine.State) -> String = { "\($0)" }) {
        self.engine = engine
        self.start = start
        walk(same)
    }

    var script: Script { engine.script }

    /// The line typed at a text step; typed once, then ended with an empty line.
    /// A review making four claims (the soup, the wait, the waiter, the bill), so that every claim step is asked.
    static var textLine: String { "Sorry about the cold soup, we waited an hour, the waiter was rude and the bill was wrong." }

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

    /// The edge a line took, as its index in the table.
    func edgeID(by line: String, from before: Engine.State, to after: Engine.State, events: [Engine.Event]) -> EdgeID? {
        guard let from = engine.currentStep(of: before, after: []),
              let edge = engine.edgeTaken(by: line, from: before, to: after, events: events),
              let index = script.entry(from).edges.firstIndex(of: edge) else { return nil }
        return EdgeID(from: from, index: index)
    }

    /// Replays lines from the start.
    func replay(_ lines: [String]) -> (Engine.State, [Engine.Event]) {
        steps(lines, from: start, engine.step)
    }

    private mutating func walk(_ same: (Engine.State) -> String) {
        var queue: [(Engine.State, [String])] = [(start, [])]
        var seen: Set<String> = []
        if let first = engine.currentStep(of: start, after: []) { toStep[first] = [] }
        var head = 0
        while head < queue.count {
            let (state, path) = queue[head]
            head += 1
            guard let step = engine.currentStep(of: state, after: []) else { continue }
            for line in inputs(at: step) where !(line == Self.textLine && path.last == line) {
                let (next, events) = engine.step(state, line)
                let taken = path + [line]
                if let edge = edgeID(by: line, from: state, to: next, events: events), toEdge[edge] == nil {
                    toEdge[edge] = taken
                }
                guard let reached = engine.currentStep(of: next, after: events) else { continue }
                if toStep[reached] == nil { toStep[reached] = taken }
                guard next != state, seen.insert(same(next)).inserted else { continue }
                queue.append((next, taken))
            }
        }
    }
}

extension ScriptPaths: Sendable where Engine: Sendable, Engine.State: Sendable {}

/// Replays the path to an edge and checks that its last line took that edge, to its destination.
func expectPathTakes<Engine: ScriptEngine>(_ edge: EdgeID, in paths: ScriptPaths<Engine>) throws {
    let path = try #require(paths.toEdge[edge], "no generated path takes \(edge)")
    let (before, _) = paths.replay(Array(path.dropLast()))
    let (after, events) = paths.engine.step(before, path.last ?? "")
    #expect(paths.edgeID(by: path.last ?? "", from: before, to: after, events: events) == edge)
    let script = paths.script
    let destination = script.destination(of: script.entry(edge.from).edges[edge.index], from: edge.from)
    #expect(paths.engine.currentStep(of: after, after: events) == destination)
}
