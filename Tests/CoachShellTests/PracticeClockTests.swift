import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// The practice loop reads its clock through an injected function: a fake clock makes the
/// time limit give the same result every run.
@Suite struct PracticeClockTests {
    let catalog = try! PromptCatalog(files: EmbeddedPrompts.files)

    /// Runs one case (a verdict, then "skip") under a limit, with a clock ten seconds a reading.
    func firstGrade(limit: Int) -> PracticeGrade? {
        let plan = PracticePlan(library: try! CaseLibrary(catalog: catalog), count: 1, seed: 7)
        let loop = PracticeLoop(
            session: PracticeSession(catalog: catalog, timeLimit: limit), reader: ScriptedLineReader(lines: ["g", "skip"]),
            channels: [.transcript(BufferSink())], clock: FakeClock(step: 10).now)
        return loop.run(plan).grades.first
    }

    @Test func eachLineReadMovesTheFakeClockOneStep() {
        let clock = FakeClock(step: 10)
        #expect([clock.now(), clock.now(), clock.now()] == [0, 10, 20])
    }

    @Test func theLoopTimesTheCaseFromItsShowingToTheLastLine() {
        #expect(firstGrade(limit: 60)?.timing == AnswerTiming(seconds: 20, limit: 60))
    }

    @Test func aCaseAnsweredOnTheFakeClockPastTheLimitIsOutOfTime() {
        #expect(firstGrade(limit: 15)?.outOfTime == true)
    }
}
