import CoachCore
import Testing

/// Practice's modes on the one engine: what each asks, and when its feedback comes.
@Suite struct PracticeModeTests {
    let catalog = shippedCatalog()
    var library: CaseLibrary { try! CaseLibrary(catalog: catalog) }
    var plan: PracticePlan { PracticePlan(library: library, count: 3, seed: 7) }

    func session(_ mode: PracticeMode) -> PracticeSession { PracticeSession(catalog: catalog, mode: mode) }

    func graded(_ events: [PracticeEvent]) -> [PracticeGrade] {
        events.compactMap { if case .graded(let grade, _) = $0 { grade } else { nil } }
    }

    func shownCases(_ events: [PracticeEvent]) -> Int {
        events.filter { if case .showCase = $0 { true } else { false } }.count
    }

    @Test func aQuizGradesTheVerdictAtOnceAndShowsTheNextCase() {
        let quiz = session(.quiz)
        let (state, _) = quiz.start(plan)
        let (after, events) = quiz.step(state, "genuine")
        #expect(graded(events).count == 1)
        #expect(graded(events).first?.draft == nil)
        #expect(!events.contains(.askDraft))
        #expect(events.last == .askVerdict)
        #expect(after.position == 1)
    }

    @Test func aQuizSummaryCountsEveryVerdict() {
        let quiz = session(.quiz)
        let (state, _) = steps(["g", "t", "r"], from: quiz.start(plan).0, quiz.step)
        #expect(state.isFinished)
        #expect(state.score.answered == 3)
        #expect(state.score.replyMax == 0)
    }

    @Test func replyModeOpensEachCaseWithTheVerdictGivenAndAsksTheDraft() {
        let reply = session(.reply)
        let (state, events) = reply.start(plan)
        let expected = plan.cases[0].assessment(catalog: catalog).verdict
        #expect(events.suffix(2) == [.verdictGiven(expected), .askDraft])
        #expect(state.step == .practiceDraft)
    }

    @Test func replyModeGradesTheDraftAndCountsNoVerdicts() {
        let reply = session(.reply)
        let (state, events) = steps(["We are sorry; please call us.", ""], from: reply.start(plan).0, reply.step)
        #expect(graded(events).first?.draftRubric != nil)
        #expect(state.score.answered == 0)
        #expect(state.score.graded == 1)
        #expect(state.score.replyMax > 0)
    }

    @Test func anExamKeepsEveryAnswerWithoutFeedbackUntilTheLastCase() {
        let exam = session(.exam)
        let (_, early) = steps(["g", "skip", "t", "skip"], from: exam.start(plan).0, exam.step)
        #expect(graded(early).isEmpty)
        #expect(early.contains(.answerKept(number: 1)))
        #expect(early.contains(.answerKept(number: 2)))
    }

    @Test func anExamEndsWithTheFeedbackForEveryCaseThenTheSummary() {
        let exam = session(.exam)
        let (_, events) = steps(["g", "skip", "t", "skip", "r", "skip"], from: exam.start(plan).0, exam.step)
        #expect(events.contains(.examOver(answered: 3)))
        #expect(graded(events).count == 3)
        guard case .summary = events.last else { Issue.record("the exam does not end with the summary"); return }
    }

    @Test func quittingAnExamShowsTheFeedbackForTheCasesAnswered() {
        let exam = session(.exam)
        let (state, events) = steps(["g", "skip", "/quit"], from: exam.start(plan).0, exam.step)
        #expect(state.isFinished)
        #expect(events.contains(.examOver(answered: 1)))
        #expect(graded(events).count == 1)
    }

    @Test func anExamShowsEachCaseAgainBeforeItsFeedback() {
        let exam = session(.exam)
        let (_, events) = steps(["g", "skip", "t", "skip", "r", "skip"], from: exam.start(plan).0, exam.step)
        let afterEnd = events.drop { $0 != .examOver(answered: 3) }
        #expect(shownCases(Array(afterEnd)) == 3)
    }

    @Test func theFullModeStillAsksTheDraftAfterTheVerdict() {
        let full = session(.full)
        let (_, events) = full.step(full.start(plan).0, "genuine")
        #expect(events == [.askDraft])
    }
}
