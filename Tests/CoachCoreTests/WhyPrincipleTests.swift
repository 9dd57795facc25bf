import CoachCore
import Testing

/// `/why P2` reads one principle, at any question, in the chat and in practice.
@Suite struct WhyPrincipleTests {
    let coach = shippedCoach()

    @Test func whyWithAPrincipleParsesToThatPrinciple() {
        #expect(SlashCommand.parse("/why p11") == .success(.why(.p11)))
    }

    @Test func whyWithSomethingElseIsABadArgument() {
        #expect(SlashCommand.parse("/why P99") == .failure(.badArgument(command: "/why", given: "P99")))
    }

    @Test func whyWithAPrincipleShowsItAndStaysAtTheQuestion() {
        let (session, _) = feed(coach, ["The soup was cold.", "", "calm"])
        let (after, events) = coach.step(session, "/why P2")
        #expect(after == session)
        #expect(events == [.principle(.p2)])
    }
}
