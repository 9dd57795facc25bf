import CoachCore
import Testing

/// The owner's profile as an input to the interview: what it answers is not asked.
@Suite struct OwnerProfileTests {
    let coach = shippedCoach()
    let threat = ["Refund me or I'll post this review everywhere.", ""]
    let profile = OwnerProfile(business: "Pizzeria Roma", industry: .restaurant, signature: "Maria, owner",
                               contact: "call the shop and ask for Maria")

    func start(_ profile: OwnerProfile) -> Session { Session(state: InterviewState(profile: profile)) }

    @Test func theContactAndSignatureInTheProfileAreNotAskedAndGoIntoTheReply() {
        let (session, events) = feed(coach, threat + ["calm", "yes", "no", "", "no", "public"], from: start(profile))
        #expect(session.state.step == .done)
        #expect(events.contains(.fromProfile(.contact, "call the shop and ask for Maria")))
        #expect(events.contains(.fromProfile(.name, "Maria, owner")))
        #expect(!events.contains(.ask(.contact, prefill: nil)))
        guard case .assessment(let assessment) = events.last else { Issue.record("no assessment"); return }
        #expect(assessment.reply.contains("Maria, owner"))
    }

    @Test func aProfileWithOnlyASignatureStillAsksForTheContact() {
        let (session, _) = feed(coach, threat + ["calm", "yes", "no", "", "no", "public"], from: start(OwnerProfile(signature: "Sam")))
        #expect(session.state.step == .contact)
        let (done, events) = coach.step(session, "skip")
        #expect(done.state.step == .done)
        #expect(events.contains(.fromProfile(.name, "Sam")))
    }

    @Test func backAfterTheProfileAnsweredGoesToTheLastQuestionAsked() {
        let (session, _) = feed(coach, threat + ["calm", "yes", "no", "", "no", "public", "/back"], from: start(profile))
        #expect(session.state.step == .channel)
    }

    @Test func restartKeepsTheProfile() {
        let (session, _) = feed(coach, threat + ["/restart"], from: start(profile))
        #expect(session.state.profile == profile)
    }

    @Test func aContactLineWithALinkIsRefusedAndAskedAgain() {
        let (session, _) = feed(coach, threat + ["calm", "yes", "no", "", "no", "public"])
        let (after, events) = coach.step(session, "book again at www.pizza-roma.com")
        #expect(after == session)
        #expect(events == [.linkRefused(.contact, link: "www.pizza-roma.com")])
    }

    @Test func theSummaryNamesTheBusinessAndItsKind() {
        let lines = EventRenderer(catalog: coach.catalog).render(.summary(InterviewState(profile: profile))).map(\.text)
        #expect(lines.contains("- Business: Pizzeria Roma"))
        #expect(lines.contains("- Kind of business: a restaurant, café or bar"))
    }

    @Test(arguments: ["https://g.page/roma", "http://x.io", "www.roma.it", "pizza-roma.com", "roma.com/offers", "(yelp.com)."])
    func aWebAddressIsALink(_ text: String) {
        #expect(ContactLine.link(in: "see " + text) != nil)
    }

    @Test(arguments: ["call 555.123.4567", "maria@pizza-roma.com", "ask for Dr. Rossi, e.g. on Monday", "call the shop."])
    func phoneNumbersEmailsAndWordsAreNotLinks(_ text: String) {
        #expect(ContactLine.link(in: text) == nil)
    }
}
