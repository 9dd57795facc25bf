import CoachCore
import Testing

/// Practice on the interview's script table: its commands are commands at both steps, and Tab
/// never writes into a draft.
@Suite struct PracticeCommandTests {
    let catalog = shippedCatalog()
    var session: PracticeSession { PracticeSession(catalog: catalog) }
    var library: CaseLibrary { try! CaseLibrary(catalog: catalog) }

    func started() -> PracticeState {
        session.start(PracticePlan(library: library, count: 3, seed: 7)).0
    }

    func feed(_ lines: [String], from start: PracticeState) -> (PracticeState, [PracticeEvent]) {
        steps(lines, from: start, session.step)
    }

    @Test func backTypedInADraftIsACommandNotDraftText() {
        let start = started()
        let (state, events) = feed(["genuine", "Thank you for telling us.", "/back"], from: start)
        #expect(state == start)
        #expect(events.contains(.wentBack(to: .practiceVerdict)))
    }

    @Test func backAfterAGradeTakesTheGradeAway() {
        let start = started()
        let (state, _) = feed(["troll", "skip", "/back"], from: start)
        #expect(state.grades.isEmpty)
        #expect(state.position == 0)
        #expect(state.phase == .verdict)
    }

    @Test func backAtTheFirstCaseSaysThereIsNothingToUndo() {
        let start = started()
        #expect(feed(["/back"], from: start) == (start, [.nothingToUndo]))
    }

    @Test func whyInADraftGivesThePrincipleAndKeepsTheDraft() {
        let (drafting, _) = feed(["genuine", "Thank you."], from: started())
        let (state, events) = feed(["/why"], from: drafting)
        #expect(state == drafting)
        #expect(events == [.why(.practiceDraft)])
        let text = PracticeRenderer(catalog: catalog).render(events).map(\.text).joined(separator: "\n")
        #expect(text == catalog.text("why.practice_draft"))
    }

    @Test func helpListsThePracticeCommands() {
        let events = feed(["/help"], from: started()).1
        let text = PracticeRenderer(catalog: catalog).render(events).map(\.text).joined(separator: "\n")
        #expect(text.contains("/why") && !text.contains("/restart"))
    }

    @Test func quitInADraftStopsWithTheSummary() {
        let (state, events) = feed(["genuine", "Thank you.", "/quit"], from: started())
        #expect(state.isFinished)
        #expect(state.grades.isEmpty)
        guard case .summary? = events.last else { Issue.record("no summary"); return }
    }

    @Test func anInterviewCommandIsNotTakenAsDraftText() {
        let (drafting, _) = feed(["genuine"], from: started())
        let (state, events) = feed(["/summary"], from: drafting)
        #expect(state == drafting)
        #expect(events == [.notInPractice("/summary")])
    }

    @Test func tabOffersNoWordsInADraft() {
        let (drafting, _) = feed(["genuine"], from: started())
        #expect(session.completions(for: drafting) == PracticeSession.commands)
    }

    @Test func aVerdictMayCarryTheTraineesReason() {
        let (state, _) = feed(["troll, they were never here"], from: started())
        #expect(state.phase == .draft(given: .troll, lines: []))
    }
}
