/// A conversation that runs on a script, seen from outside: a pure step function over its own
/// state, whose steps and edges are the script's. The interview (`Coach`) and practice
/// (`PracticeSession`) both take their step function from the one engine (`ScriptRunner.swift`,
/// for any `ScriptHost`); generated path tests walk either through this one interface.
public protocol ScriptEngine {
    associatedtype State: Equatable
    associatedtype Event: Equatable

    /// The script whose steps the engine runs.
    var script: Script { get }

    /// Advances the conversation by one typed line.
    func step(_ state: State, _ line: String) -> (State, [Event])

    /// The step a state is at, or `nil` once the conversation is over.
    func currentStep(of state: State, after events: [Event]) -> Step?

    /// The edge of the script that `line` took from `before` to `after`, if it moved along one.
    func edgeTaken(by line: String, from before: State, to after: State, events: [Event]) -> Edge?
}

extension ScriptEngine {
    /// The edge a line took, read from the table alone: the step's command edge for a command
    /// that moves (or ends), else the one edge that leads where the conversation went. A command
    /// that moves along no edge (`/back`, `/why`) takes none.
    public func edgeTaken(by line: String, from before: State, to after: State, events: [Event]) -> Edge? {
        tableEdge(by: line, from: before, to: after, events: events)
    }

    /// The edge the table says a line took (see `edgeTaken`).
    public func tableEdge(by line: String, from before: State, to after: State, events: [Event]) -> Edge? {
        guard let from = currentStep(of: before, after: []) else { return nil }
        let to = currentStep(of: after, after: events)
        guard to != from else { return nil }
        let edges = script.entry(from).edges
        if case .command(let command, _) = ScriptLine(line) {
            return command.moves.flatMap { moving in edges.first { $0.condition == .command(moving) } }
        }
        let leading = edges.filter { edge in
            if case .command = edge.condition { return false }
            return script.destination(of: edge, from: from) == to
        }
        return leading.count == 1 ? leading[0] : nil
    }
}
