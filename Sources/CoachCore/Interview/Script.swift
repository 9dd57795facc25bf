/// A conversation written as data: its entries, in order, one per step. The step function, the
/// graph, `/why`, `/summary`, the prompt keys and the generated path tests all read it.
public struct Script: Sendable, Equatable {
    /// The entries in order; the first is where a session starts.
    public let entries: [ScriptEntry]

    public init(_ entries: [ScriptEntry]) {
        precondition(!entries.isEmpty, "a script has at least one step")
        self.entries = entries
    }

    /// The first step.
    public var start: Step { entries[0].step }

    /// Every step, in order.
    public var steps: [Step] { entries.map(\.step) }

    /// The entry of a step. A step not in the script falls back to the first entry, which only
    /// a session built by hand for another script could reach.
    public func entry(_ step: Step) -> ScriptEntry {
        entries.first { $0.step == step } ?? entries[0]
    }

    /// The step an edge leads to from `step` (`nil` for the end of the session).
    public func destination(of edge: Edge, from step: Step) -> Step? {
        switch edge.to {
        case .step(let target): return target
        case .end: return nil
        case .following:
            guard let index = entries.firstIndex(where: { $0.step == step }), index + 1 < entries.count else { return nil }
            return entries[index + 1].step
        }
    }

    /// Every edge as from, condition, to (`to` nil for the end), in table order.
    public var transitions: [(from: Step, edge: Edge, to: Step?)] {
        entries.flatMap { entry in entry.edges.map { (entry.step, $0, destination(of: $0, from: entry.step)) } }
    }

    /// The edge taken after a valid answer at `step`, given the mood and verdict so far.
    public func edge(after step: Step, mood: Mood?, verdict: Verdict) -> Edge? {
        entry(step).edges.first { edge in
            switch edge.condition {
            case .always: true
            case .mood(let wanted): mood == wanted
            case .verdict(let wanted): verdict == wanted
            case .command: false
            }
        }
    }

    /// The edge a command takes at `step`, if the step has one.
    public func edge(at step: Step, command: StepCommand) -> Edge? {
        entry(step).edges.first { $0.condition == .command(command) }
    }

    /// Whether the verdict has been given at `step`: a step that shows it, or one its commands
    /// lead to (the owner's draft).
    public func hasVerdict(at step: Step) -> Bool {
        entries.contains { entry in
            entry.arrival == .verdict
                && (entry.step == step || entry.edges.contains { destination(of: $0, from: entry.step) == step })
        }
    }

    /// The script with `entry` inserted after the entry of `step`.
    public func inserting(_ entry: ScriptEntry, after step: Step) -> Script {
        var entries = self.entries
        let index = entries.firstIndex { $0.step == step }.map { $0 + 1 } ?? entries.endIndex
        entries.insert(entry, at: index)
        return Script(entries)
    }
}
