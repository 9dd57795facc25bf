import CoachCore
import Testing

/// The paths generated from the interview's script: every step reached, every edge taken.
@Suite struct ScriptPathTests {
    static let paths = ScriptPaths(shippedCoach())

    @Test(arguments: Script.interview.steps)
    func theShortestGeneratedPathReachesTheStep(_ step: Step) throws {
        let path = try #require(Self.paths.toStep[step], "no path reaches \(step)")
        #expect(feed(Self.paths.coach, path).0.state.step == step)
    }

    @Test(arguments: ScriptPaths(shippedCoach()).edges)
    func theGeneratedPathTakesTheEdgeWithItsLastLine(_ edge: ScriptPaths.EdgeID) throws {
        try expectPathTakes(edge, in: Self.paths)
    }
}

/// Replays the path to an edge and checks that its last line took that edge, to its destination.
func expectPathTakes(_ edge: ScriptPaths.EdgeID, in paths: ScriptPaths) throws {
    let path = try #require(paths.toEdge[edge], "no generated path takes \(edge)")
    let (before, _) = feed(paths.coach, Array(path.dropLast()))
    let (after, events) = paths.coach.step(before, path.last ?? "")
    #expect(paths.edgeTaken(by: path.last ?? "", from: before, to: after, events: events) == edge)
    let script = paths.script
    let destination = script.destination(of: script.entry(edge.from).edges[edge.index], from: edge.from)
    if let destination {
        #expect(after.state.step == destination)
    } else {
        #expect(events.contains(.quit))
    }
}
