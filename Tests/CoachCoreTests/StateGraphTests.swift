import CoachCore
import Testing

@Suite struct StateGraphTests {
    @Test func theMermaidDiagramHasEveryTransitionOfTheTable() {
        let diagram = StateGraph.render(.mermaid)
        for edge in StateTable.transitions {
            #expect(diagram.contains("\(edge.from.rawValue) --> \(edge.to.rawValue)"))
        }
    }

    @Test func theDotDiagramHasEveryStep() {
        let diagram = StateGraph.render(.dot)
        for step in Step.allCases { #expect(diagram.contains(" \(step.rawValue)")) }
    }
}
