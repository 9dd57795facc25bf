import CoachCore
import Testing

/// A choice answered in the owner's own words: the leading answer is taken, the rest is kept.
@Suite struct OwnerNoteTests {
    let coach = shippedCoach()
    let review = ["The soup was cold and we waited an hour.", ""]

    @Test func aYesFollowedByTheOwnersSideIsTakenWithItsNote() {
        let answer = AnswerParser.choice(.yesNoUnsure, "yes, they came in but they never had a reservation, we don't take any")
        #expect(answer == ChoiceAnswer(word: "yes", note: "they came in but they never had a reservation, we don't take any"))
    }

    @Test func notYetIsANoAndTheRestIsItsNote() {
        let answer = AnswerParser.choice(.yesNoUnsure, "not yet, but they clearly want money")
        #expect(answer == ChoiceAnswer(word: "no", note: "but they clearly want money"))
    }

    @Test(arguments: [
        ("yeah we found the booking", Choices.yesNoUnsure, "yes"), ("nope - never seen them", .yesNoUnsure, "no"),
        ("not sure: two tables that night", .yesNoUnsure, "unsure"), ("kind of, the soup was lukewarm", .fault, "partly"),
        ("upset, this is our third one this week", .mood, "upset"),
    ])
    func aClearSynonymLeadsTheAnswer(_ typed: String, _ choices: Choices, _ word: String) {
        #expect(AnswerParser.choice(choices, typed)?.word == word)
    }

    @Test func aSentenceThatDoesNotOpenWithAnAnswerIsStillRefused() {
        #expect(AnswerParser.choice(.yesNoUnsure, "they came in but never booked") == nil)
    }

    @Test func aBareAnswerHasNoNote() {
        #expect(AnswerParser.choice(.yesNoUnsure, "Yes.") == ChoiceAnswer(word: "yes"))
    }

    @Test func theInterviewKeepsTheNoteForTheFactItAnswered() {
        let (session, _) = feed(coach, review + ["calm", "yes, they came in but they never had a reservation, we don't take any"])
        #expect(session.state.step == .ourFault)
        #expect(session.state.owner.customerFound == .yes)
        #expect(session.state.notes[.customerFound] == "they came in but they never had a reservation, we don't take any")
    }

    @Test func backForgetsTheNoteWithTheAnswer() {
        let (session, _) = feed(coach, review + ["calm", "yes, they came in", "/back"])
        #expect(session.state.notes.isEmpty)
    }

    @Test func theSummaryShowsTheNoteUnderItsFact() {
        let (session, _) = feed(coach, review + ["calm", "yes", "no", "not yet, but they clearly want money"])
        let lines = EventRenderer(catalog: coach.catalog).render(.summary(session.state)).map(\.text)
        let demand = lines.firstIndex { $0.hasPrefix("- A demand in exchange for the review: no") }
        let note = lines.firstIndex(of: #"  In your words: "but they clearly want money""#)
        #expect(demand != nil && note == demand.map { $0 + 1 })
    }

    @Test func theAssessmentCarriesTheNotesForTheReply() {
        // after the facts: a stance for each of the review's two claims (the soup, the wait), then the details
        let (session, events) = feed(coach, review + ["calm", "yes, they booked for two", "yes", "no", "no", "skip", "skip", "skip", "skip", "skip"])
        #expect(session.state.step == .done)
        guard case .assessment(let assessment) = events.last else { Issue.record("no assessment"); return }
        #expect(assessment.ownerNotes == [.customerFound: "they booked for two"])
    }
}
