import CoachCore
import Testing

/// The time limit per case: the seconds come in as data with each line, so the tests are the
/// clock.
@Suite struct PracticeTimeLimitTests {
    let catalog = shippedCatalog()
    var plan: PracticePlan { PracticePlan(library: try! CaseLibrary(catalog: catalog), count: 2, seed: 7) }

    /// Answers the first case's verdict at `verdictAt` and skips its draft at `draftAt` seconds.
    func answerFirstCase(limit: Int?, verdictAt: Double, draftAt: Double) -> (PracticeState, [PracticeEvent]) {
        let session = PracticeSession(catalog: catalog, timeLimit: limit)
        let (start, _) = session.start(plan, at: 100)
        let (named, _) = session.step(start, "genuine", at: 100 + verdictAt)
        return session.step(named, "skip", at: 100 + draftAt)
    }

    @Test func anAnswerWithinTheLimitIsNotOutOfTime() {
        let (state, events) = answerFirstCase(limit: 60, verdictAt: 10, draftAt: 60)
        #expect(state.grades[0].timing == AnswerTiming(seconds: 60, limit: 60))
        #expect(!state.grades[0].outOfTime)
        #expect(!events.contains { if case .outOfTime = $0 { true } else { false } })
    }

    @Test func anAnswerAfterTheLimitIsRecordedAsOutOfTime() {
        let (state, events) = answerFirstCase(limit: 60, verdictAt: 10, draftAt: 61)
        #expect(state.grades[0].outOfTime)
        #expect(events.contains(.outOfTime(AnswerTiming(seconds: 61, limit: 60))))
    }

    @Test func anAnswerOutOfTimeCountsAsNotRightEvenWhenTheVerdictIs() {
        let session = PracticeSession(catalog: catalog, timeLimit: 5)
        let verdict = plan.cases[0].assessment(catalog: catalog).verdict
        let word = ["genuine_grievance": "genuine", "threat_based": "threat", "troll": "troll"][verdict.rawValue]!
        let (start, _) = session.start(plan, at: 0)
        let (named, _) = session.step(start, word, at: 3)
        let (after, _) = session.step(named, "skip", at: 30)
        #expect(after.grades[0].isRight)
        #expect(after.score.right == 0)
        #expect(after.score.outOfTime == 1)
    }

    @Test func theClockStartsAgainForEachCase() {
        let session = PracticeSession(catalog: catalog, timeLimit: 60)
        let (start, _) = session.start(plan, at: 0)
        let (first, _) = steps(["g", "skip"], from: start) { session.step($0, $1, at: 50) }
        let (second, _) = steps(["t", "skip"], from: first) { session.step($0, $1, at: 100) }
        #expect(second.grades.map(\.timing?.seconds) == [50, 50])
    }

    @Test func withoutALimitNoAnswerIsTimed() {
        let (state, _) = answerFirstCase(limit: nil, verdictAt: 10, draftAt: 10_000)
        #expect(state.grades[0].timing == nil)
        #expect(!state.grades[0].outOfTime)
    }
}

/// The limit is said at the start, in every mode.
@Suite struct PracticeTimeLimitIntroTests {
    @Test(arguments: PracticeMode.allCases)
    func theOpeningSaysTheLimit(mode: PracticeMode) {
        let catalog = shippedCatalog()
        let session = PracticeSession(catalog: catalog, mode: mode, timeLimit: 45)
        let (_, events) = session.start(PracticePlan(library: try! CaseLibrary(catalog: catalog), count: 1, seed: 1))
        #expect(events.first == .modeIntro(mode, cases: 1, timeLimit: 45))
    }
}
