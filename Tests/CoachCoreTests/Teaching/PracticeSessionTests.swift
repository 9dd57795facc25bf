import CoachCore
import Testing

/// The practice step function: order from the seed, grading by the rules, the score and summary.
@Suite struct PracticeSessionTests {
    let catalog = shippedCatalog()
    var session: PracticeSession { PracticeSession(catalog: catalog) }
    var library: CaseLibrary { try! CaseLibrary(catalog: catalog) }

    /// Answers every case of a plan with `answer(case)` and no draft; returns the final state and events.
    func run(_ plan: PracticePlan, answer: (PracticeCase) -> String) -> (PracticeState, [PracticeEvent]) {
        var (state, events) = session.start(plan)
        while let current = state.currentCase {
            for line in [answer(current), "skip"] {
                let (next, out) = session.step(state, line)
                state = next
                events += out
            }
        }
        return (state, events)
    }

    func rightAnswer(_ practiceCase: PracticeCase) -> String {
        switch practiceCase.assessment(catalog: catalog).verdict {
        case .genuineGrievance: "genuine"
        case .threatBased: "threat"
        case .troll: "troll"
        }
    }

    @Test func theSameSeedGivesTheSameOrderAndTheSameGrades() {
        let first = run(PracticePlan(library: library, count: 5, seed: 7)) { _ in "g" }
        let second = run(PracticePlan(library: library, count: 5, seed: 7)) { _ in "g" }
        #expect(first.0.plan.cases.map(\.id) == second.0.plan.cases.map(\.id))
        #expect(first.0.grades == second.0.grades)
        #expect(first.1 == second.1)
    }

    @Test func differentSeedsGiveDifferentOrders() {
        let orders = Set((1...5).map { seed in PracticePlan(library: library, count: library.cases.count, seed: UInt64(seed)).cases.map(\.id) })
        #expect(orders.count == 5)
    }

    @Test func aPlanHoldsTheRequestedNumberOfDistinctCases() {
        let plan = PracticePlan(library: library, count: 3, seed: 7)
        #expect(plan.cases.count == 3)
        #expect(Set(plan.cases.map(\.id)).count == 3)
        #expect(PracticePlan(library: library, count: 500, seed: 7).cases.count == library.cases.count)
    }

    @Test func aRightAnswerScores() {
        let (state, _) = run(PracticePlan(library: library, count: 4, seed: 3), answer: rightAnswer)
        #expect(state.score.right == 4)
        #expect(state.grades.filter(\.isRight).count == 4)
    }

    @Test func aWrongAnswerDoesNotScore() {
        let (state, _) = run(PracticePlan(library: library, count: 4, seed: 3)) { practiceCase in
            rightAnswer(practiceCase) == "troll" ? "genuine" : "troll"
        }
        #expect(state.score.right == 0)
        #expect(state.score.answered == 4)
    }

    @Test func theSummaryCountsRightAndWrongPerVerdict() {
        let (state, events) = run(PracticePlan(library: library, count: library.cases.count, seed: 11)) { _ in "troll" }
        let verdicts = state.grades.map(\.expected)
        guard case .summary(let summary)? = events.last else {
            Issue.record("the session does not end with a summary")
            return
        }
        #expect(summary.score[.troll] == PracticeTally(right: verdicts.filter { $0 == .troll }.count, wrong: 0))
        #expect(summary.score[.genuineGrievance] == PracticeTally(right: 0, wrong: verdicts.filter { $0 == .genuineGrievance }.count))
        #expect(summary.score[.threatBased] == PracticeTally(right: 0, wrong: verdicts.filter { $0 == .threatBased }.count))
        #expect(!summary.stoppedEarly)
        #expect(state.isFinished)
    }

    @Test func shortFormsAndFullNamesAreAccepted() {
        for (word, verdict) in [("g", Verdict.genuineGrievance), ("T", .threatBased), ("r", .troll),
                                ("Genuine", .genuineGrievance), ("threat-based", .threatBased), ("troll.", .troll)] {
            #expect(VerdictAnswer.parse(word) == verdict, "\(word)")
        }
        #expect(VerdictAnswer.parse("maybe") == nil)
    }

    @Test func anUnrecognisedVerdictAsksAgainAndChangesNothing() {
        let (state, _) = session.start(PracticePlan(library: library, count: 2, seed: 1))
        let (next, events) = session.step(state, "dunno")
        #expect(next == state)
        #expect(events == [.invalidVerdict, .askVerdict])
    }

    @Test func aDraftRunsToTheEmptyLineAndIsChecked() {
        let (start, _) = session.start(PracticePlan(library: library, count: 2, seed: 1))
        var state = start
        for line in ["g", "Thank you for telling us.", "Please get in touch.", ""] {
            state = session.step(state, line).0
        }
        let grade = state.grades.first
        #expect(grade?.draft == "Thank you for telling us.\nPlease get in touch.")
        #expect(grade?.draftFindings == ReplyChecker.check("Thank you for telling us.\nPlease get in touch."))
        #expect(state.position == 1)
        #expect(state.phase == .verdict)
    }

    @Test func anOversizeDraftWarnsOnceAndCountsTheLinesLeftOutWhenItEnds() {
        var limits = Limits()
        limits.draftBytes = 100
        let session = PracticeSession(catalog: catalog, limits: limits)
        var (state, _) = session.start(PracticePlan(library: library, count: 2, seed: 1))
        state = session.step(state, "g").0
        let kept = String(repeating: "a", count: 60)
        var warnings = 0
        for line in [kept] + Array(repeating: String(repeating: "b", count: 60), count: 30) {
            let (next, events) = session.step(state, line)
            state = next
            warnings += events.filter { $0 == .draftTooLong(limit: 100) }.count
        }
        #expect(warnings == 1)
        let (graded, events) = session.step(state, "")
        #expect(events.first == .linesLeftOut(count: 30))
        #expect(events.filter { if case .linesLeftOut = $0 { true } else { false } }.count == 1)
        #expect(graded.grades.first?.draft == kept)
        #expect(graded.linesLeftOut == 0)
        // The next draft starts with nothing left out: no count, and a new warning if needed.
        let second = session.step(session.step(graded, "t").0, "Short reply.")
        #expect(second.1.isEmpty)
        #expect(!session.step(second.0, "").1.contains { if case .linesLeftOut = $0 { true } else { false } })
    }

    @Test func skipGradesTheVerdictWithoutADraft() {
        let (start, _) = session.start(PracticePlan(library: library, count: 2, seed: 1))
        let state = session.step(session.step(start, "t").0, "skip").0
        #expect(state.grades.count == 1)
        #expect(state.grades[0].draft == nil)
        #expect(state.grades[0].given == .threatBased)
    }

    @Test func quitStopsWithTheSummaryOfWhatWasAnswered() {
        let (start, _) = session.start(PracticePlan(library: library, count: 3, seed: 1))
        let answered = session.step(session.step(start, "g").0, "skip").0
        let (state, events) = session.step(answered, "quit")
        #expect(state.isFinished)
        guard case .summary(let summary)? = events.last else {
            Issue.record("quit does not give a summary")
            return
        }
        #expect(summary.score.answered == 1)
        #expect(summary.planned == 3)
        #expect(summary.stoppedEarly)
    }

    @Test func theCoachsReplyAndRuleComeFromTheRules() {
        let (start, _) = session.start(PracticePlan(library: library, count: 1, seed: 1))
        let practiceCase = start.currentCase!
        let state = session.step(session.step(start, "g").0, "").0
        let assessment = practiceCase.assessment(catalog: catalog)
        #expect(state.grades[0].assessment == assessment)
        #expect(state.grades[0].expected == VerdictRules.decide(assessment.facts).verdict)
    }

    @Test func everyPracticeEventRendersWithoutAMissingPrompt() {
        let renderer = PracticeRenderer(catalog: catalog)
        let (state, events) = run(PracticePlan(library: library, count: library.cases.count, seed: 2)) { _ in "g" }
        let extra: [PracticeEvent] = [.invalidVerdict, .draftTooLong(limit: 10), .linesLeftOut(count: 3), .askDraft]
        let text = renderer.render(events + extra).map(\.text).joined(separator: "\n")
            + PracticeReport(catalog: catalog).markdown(for: state)
        #expect(!text.contains("[missing prompt:"))
    }

    @Test func theReportListsEveryCaseAndTheScore() {
        let (state, _) = run(PracticePlan(library: library, count: 3, seed: 7)) { _ in "g" }
        let report = PracticeReport(catalog: catalog).markdown(for: state)
        #expect(report.hasPrefix("# Review Coach: practice report"))
        #expect(report.contains("Score: \(state.score.right) of 3 right (seed 7)."))
        for grade in state.grades { #expect(report.contains("library case \(grade.practiceCase.id)")) }
    }
}
