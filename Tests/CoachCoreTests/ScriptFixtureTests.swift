import CoachCore
import CoachPrompts
import Testing

/// A new yes/no question added the way the issue promises: one script entry and one prompt.
/// The generated paths cover it with no path typed by hand.
@Suite struct ScriptFixtureTests {
    static let reservation = Step("reservation")
    static let script = Script.interview.inserting(
        ScriptEntry(reservation, accepts: .choice(.yesNoUnsure), stores: .answer, why: .principle(.p2), named: false),
        after: .customerFound)
    static let coach: Coach = {
        var catalog = shippedCatalog()
        try! catalog.add(file: "fixture.txt", text: "[ask.reservation]\nDid they have a reservation? (yes, no or unsure)\n")
        return Coach(catalog: catalog, script: script)
    }()
    static let paths = ScriptPaths(coach, from: firstSession, same: interviewState)

    @Test func theGeneratedPathsReachTheNewQuestion() throws {
        let path = try #require(Self.paths.toStep[Self.reservation])
        let (session, events) = feed(Self.coach, path)
        #expect(session.state.step == Self.reservation)
        #expect(events.last == .ask(Self.reservation, prefill: nil))
    }

    @Test(arguments: EdgeID.all(in: script))
    func theGeneratedPathsTakeEveryEdgeOfTheFixture(_ edge: EdgeID) throws {
        try expectPathTakes(edge, in: Self.paths)
    }

    @Test func theNewQuestionIsAskedWithItsOnePrompt() throws {
        let path = try #require(Self.paths.toStep[Self.reservation])
        let (_, events) = feed(Self.coach, path)
        let text = EventRenderer(catalog: Self.coach.catalog, script: Self.script).render(events).map(\.text)
        #expect(text.contains("Did they have a reservation? (yes, no or unsure)"))
    }

    @Test func theAnswerIsKeptWithTheOwnersNoteAndShownInTheSummary() throws {
        let path = try #require(Self.paths.toStep[Self.reservation])
        let (session, _) = feed(Self.coach, path + ["no, we don't take any"])
        #expect(session.state.answers[Self.reservation] == "no")
        #expect(session.state.notes[Self.reservation] == "we don't take any")
        let summary = EventRenderer(catalog: Self.coach.catalog, script: Self.script).render(.summary(session.state)).map(\.text)
        #expect(summary.contains("- Did they have a reservation? (yes, no or unsure): no"))
        #expect(summary.contains(#"  In your words: "we don't take any""#))
    }

    @Test func whyAtTheNewQuestionGivesItsPrinciple() throws {
        let path = try #require(Self.paths.toStep[Self.reservation])
        let (session, _) = feed(Self.coach, path)
        let (_, events) = Self.coach.step(session, "/why")
        let text = EventRenderer(catalog: Self.coach.catalog, script: Self.script).render(events).map(\.text).joined(separator: "\n")
        #expect(text == Self.coach.catalog.text("principle.P2"))
    }

    @Test func theQuestionAfterItIsStillAsked() {
        let (session, _) = feed(Self.coach, ["The soup was cold.", "", "calm", "yes", "yes"])
        #expect(session.state.step == .ourFault)
    }
}
