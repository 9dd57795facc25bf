/// Draws the interview's state table as a diagram (Mermaid or Graphviz dot). It reads the same
/// table the step function does, so the picture cannot drift from the behaviour.
public enum StateGraph {
    /// The diagram formats.
    public enum Format: String, CaseIterable, Sendable {
        case mermaid, dot
    }

    public static func render(_ format: Format) -> String {
        switch format {
        case .mermaid: mermaid()
        case .dot: dot()
        }
    }

    /// The label on an edge: the answer or verdict that takes it, or nothing.
    public static func label(_ condition: Condition) -> String? {
        switch condition {
        case .always: nil
        case .mood(let mood): mood.rawValue
        case .verdict(let verdict): verdict.rawValue
        case .command(let command): command
        }
    }

    static func mermaid() -> String {
        var lines = ["stateDiagram-v2", "    [*] --> \(StateTable.start.rawValue)"]
        for edge in StateTable.transitions {
            let label = label(edge.condition).map { " : \($0)" } ?? ""
            lines.append("    \(edge.from.rawValue) --> \(edge.to.rawValue)\(label)")
        }
        lines.append("    done --> [*] : /quit")
        return lines.joined(separator: "\n") + "\n"
    }

    static func dot() -> String {
        var lines = ["digraph interview {", "    rankdir=TB;", "    node [shape=box, style=rounded];",
                     "    start [shape=point];", "    start -> \(StateTable.start.rawValue);"]
        for edge in StateTable.transitions {
            let label = label(edge.condition).map { " [label=\"\($0)\"]" } ?? ""
            lines.append("    \(edge.from.rawValue) -> \(edge.to.rawValue)\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
