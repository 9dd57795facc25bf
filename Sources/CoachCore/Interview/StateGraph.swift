/// Draws a script as a diagram (Mermaid or Graphviz dot). It reads the same table the step
/// function does, command edges included, so the picture cannot drift from the behaviour.
public enum StateGraph {
    /// The diagram formats.
    public enum Format: String, CaseIterable, Sendable {
        case mermaid, dot
    }

    public static func render(_ format: Format, _ script: Script = .interview) -> String {
        switch format {
        case .mermaid: mermaid(script)
        case .dot: dot(script)
        }
    }

    /// The label on an edge: the answer, verdict or command that takes it, or nothing.
    public static func label(_ condition: Condition) -> String? {
        switch condition {
        case .always: nil
        case .mood(let mood): mood.rawValue
        case .verdict(let verdict): verdict.rawValue
        case .command(let command): command.rawValue
        }
    }

    static func mermaid(_ script: Script) -> String {
        var lines = ["stateDiagram-v2", "    [*] --> \(script.start.rawValue)"]
        for (from, edge, to) in script.transitions {
            let label = label(edge.condition).map { " : \($0)" } ?? ""
            lines.append("    \(from.rawValue) --> \(to?.rawValue ?? "[*]")\(label)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dot(_ script: Script) -> String {
        var lines = ["digraph interview {", "    rankdir=TB;", "    node [shape=box, style=rounded];",
                     "    start [shape=point];", "    end [shape=doublecircle, label=\"\"];",
                     "    start -> \(script.start.rawValue);"]
        for (from, edge, to) in script.transitions {
            let label = label(edge.condition).map { " [label=\"\($0)\"]" } ?? ""
            lines.append("    \(from.rawValue) -> \(to?.rawValue ?? "end")\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
