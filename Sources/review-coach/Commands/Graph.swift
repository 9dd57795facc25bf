import ArgumentParser
import CoachCore

extension StateGraph.Format: ExpressibleByArgument {}

/// The scripts `graph` can draw.
enum ScriptName: String, CaseIterable, ExpressibleByArgument {
    case interview, practice

    var script: Script { self == .interview ? .interview : .practice }
}

/// `review-coach graph`: prints the interview's state machine as a diagram.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the interview as a diagram (Mermaid or Graphviz dot).",
        discussion: """
            The diagram is drawn from the same script table the coach runs on, command edges included. Paste the Mermaid output \
            into a Markdown file, or render the dot output with Graphviz.

            Exit codes: 0 the diagram was printed; 64 a wrong option.

            Examples:
              review-coach graph > flow.mmd
              review-coach graph --format dot | dot -Tpng > flow.png
              review-coach graph --script practice
            """
    )

    @Option(help: "mermaid or dot.")
    var format: StateGraph.Format = .mermaid

    @Option(help: "interview or practice.")
    var script: ScriptName = .interview

    func run() {
        print(StateGraph.render(format, script.script), terminator: "")
    }
}
