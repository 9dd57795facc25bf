@testable import CoachShell
import CoachCore
import CoachPrompts
import Testing

/// What Tab offers: answers at a choice, commands once "/" is typed, and nothing in free text.
@Suite struct TabCompletionTests {
    let coach = Coach(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    func words(at step: Step) -> [String] {
        var session = Session()
        session.state.step = step
        return coach.completions(for: session)
    }

    @Test func tabOnAnEmptyDetailInsertsNothing() {
        #expect(TabCompletion.candidates(for: "", in: words(at: .contact)).isEmpty)
    }

    @Test func tabOnAnEmptyDraftLineInsertsNothing() {
        #expect(TabCompletion.candidates(for: "", in: words(at: .draft)).isEmpty)
    }

    @Test func tabAfterASlashOffersTheCommands() {
        #expect(TabCompletion.candidates(for: "/ba", in: words(at: .draft)) == ["/back"])
    }

    @Test func tabAtAChoiceOffersItsAnswers() {
        #expect(TabCompletion.candidates(for: "", in: words(at: .ourFault)) == ["yes", "partly", "no", "unsure"])
    }
}
