import CoachCore
import Testing

/// `practice --progress`: a trainee's sessions as trend lines, and `--adaptive`'s pick.
@Suite struct ProgressTrendTests {
    private let first = ProgressSession(date: "2026-11-01T10:00:00Z", answers: [
        ProgressAnswer(expected: .threatBased, principles: [.p7, .p10], isRight: false, rubricPercent: 20),
        ProgressAnswer(expected: .genuineGrievance, principles: [.p4], isRight: true, rubricPercent: 80),
    ])
    private let second = ProgressSession(date: "2026-11-08T10:00:00Z", answers: [
        ProgressAnswer(expected: .threatBased, principles: [.p7, .p10], isRight: true, rubricPercent: 60),
        ProgressAnswer(expected: .threatBased, principles: [.p7, .p10], isRight: true, rubricPercent: nil),
    ])

    @Test func eachVerdictShowsRightOverTotalPerSessionOldestFirst() {
        let lines = ProgressTrend(catalog: shippedCatalog()).lines(name: "Alex", sessions: [first, second])
        #expect(lines.contains("- threat-based: 0/1 -> 2/2; replies 20% -> 60%"), "\(lines)")
    }

    @Test func aPrincipleSeenInOneSessionShowsOnePoint() {
        let lines = ProgressTrend(catalog: shippedCatalog()).lines(name: "Alex", sessions: [first, second])
        #expect(lines.contains("- P4: 1/1; replies 80%"), "\(lines)")
    }

    @Test func theTitleNamesTheTraineeTheSessionsAndTheDates() {
        let lines = ProgressTrend(catalog: shippedCatalog()).lines(name: "Alex", sessions: [first, second])
        #expect(lines.first == "Progress of Alex: 2 session(s), 2026-11-01 to 2026-11-08.")
    }

    @Test func noSessionsSaysHowToStartKeepingThem() {
        let lines = ProgressTrend(catalog: shippedCatalog()).lines(name: "Alex", sessions: [])
        #expect(lines.count == 1)
        #expect(lines[0].contains("--name \"Alex\""))
    }

    @Test func adaptivePicksTheKindsOfTheWrongVerdictsOfTheLastSession() {
        let pick = AdaptivePick(lastSession: first)
        #expect(pick.verdicts == [.threatBased])
        #expect(pick.principles == [.p7, .p10])
    }

    @Test func adaptivePutsCasesOfThePickedKindsFirst() throws {
        let catalog = shippedCatalog()
        let library = try CaseLibrary(catalog: catalog)
        let pick = AdaptivePick(verdicts: [.troll], principles: [])
        let plan = pick.plan(library: library, count: 2, seed: 1, catalog: catalog)
        #expect(plan.cases.count == 2)
        for practiceCase in plan.cases { #expect(practiceCase.assessment(catalog: catalog).verdict == .troll) }
    }

    @Test func aSessionWithNothingMissedPicksNothing() {
        #expect(AdaptivePick(lastSession: second).isEmpty)
    }
}
