import CoachCore
import Testing

/// The paths generated from the interview's script, in a session that learns the profile (so its
/// questions are asked): every step reached, every edge taken.
@Suite struct ScriptPathTests {
    static let paths = ScriptPaths(shippedCoach(), from: firstSession, same: interviewState)

    @Test(arguments: Script.interview.steps)
    func theShortestGeneratedPathReachesTheStep(_ step: Step) throws {
        let path = try #require(Self.paths.toStep[step], "no path reaches \(step)")
        #expect(Self.paths.replay(path).0.state.step == step)
    }

    @Test(arguments: EdgeID.all(in: .interview))
    func theGeneratedPathTakesTheEdgeWithItsLastLine(_ edge: EdgeID) throws {
        try expectPathTakes(edge, in: Self.paths)
    }
}

/// A first live session: it learns the profile, so every question of the script is asked.
let firstSession = Session(state: InterviewState(learnsProfile: true))

/// Sessions at the same interview state are one for the walk, whatever their undo stacks and
/// whatever the owner said of each claim: a stance changes the reply, never the next step, and
/// four claims of five answers each would multiply the states walked by 625.
func interviewState(_ session: Session) -> String {
    var state = session.state
    state.claimAnswers = [:]
    return "\(state)"
}

/// The paths generated from practice's script, walked through the practice engine: the engine
/// moves only along the table's edges, and reaches every step.
@Suite struct PracticeScriptPathTests {
    static let paths: ScriptPaths<PracticeSession> = {
        let catalog = shippedCatalog()
        let plan = PracticePlan(library: try! CaseLibrary(catalog: catalog), count: 2, seed: 42)
        let session = PracticeSession(catalog: catalog)
        return ScriptPaths(session, from: session.start(plan).0) { state in
            var key = state
            key.undo = []
            return "\(key)"
        }
    }()

    @Test(arguments: Script.practice.steps)
    func theShortestGeneratedPathReachesTheStep(_ step: Step) throws {
        let path = try #require(Self.paths.toStep[step], "no path reaches \(step)")
        #expect(Self.paths.replay(path).0.step == step)
    }

    @Test(arguments: EdgeID.all(in: .practice))
    func theGeneratedPathTakesTheEdgeWithItsLastLine(_ edge: EdgeID) throws {
        try expectPathTakes(edge, in: Self.paths)
    }
}
