import CoachCore
import Testing

@Suite struct StateGraphTests {
    @Test func theMermaidDiagramHasEveryTransitionOfTheTable() {
        let diagram = StateGraph.render(.mermaid)
        for (from, _, to) in Script.interview.transitions {
            #expect(diagram.contains("\(from.rawValue) --> \(to?.rawValue ?? "[*]")"))
        }
    }

    @Test func theDotDiagramHasEveryStep() {
        let diagram = StateGraph.render(.dot)
        for step in Script.interview.steps { #expect(diagram.contains(" \(step.rawValue)")) }
    }
}
