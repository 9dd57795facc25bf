import CoachCore
import Testing

/// The business's name and kind, asked through the script's entries only in a session that
/// learns the profile (a live terminal); a scripted session, or a profile that knows them,
/// passes them without a word.
@Suite struct ProfileQuestionTests {
    let coach = shippedCoach()
    /// A threat in a public review, answered up to the details: the next step is the business's name.
    let upToTheDetails = ["Refund me or I'll post this review everywhere.", "", "calm", "yes", "no", "", "no", "public"]

    func start(learns: Bool, _ profile: OwnerProfile = OwnerProfile()) -> Session {
        Session(state: InterviewState(profile: profile, learnsProfile: learns))
    }

    @Test func aSessionThatLearnsTheProfileAsksForTheBusinessAfterTheFacts() {
        let (session, events) = feed(coach, upToTheDetails, from: start(learns: true))
        #expect(session.state.step == .business)
        #expect(events.last == .ask(.business, prefill: nil))
    }

    @Test func aScriptedSessionPassesTheBusinessAndKindSilently() {
        let (session, events) = feed(coach, upToTheDetails, from: start(learns: false))
        #expect(session.state.step == .contact)
        #expect(events.last == .ask(.contact, prefill: nil))
    }

    @Test func aProfileThatKnowsTheBusinessAndKindIsNotAskedThemAgain() {
        let known = OwnerProfile(business: "Clinica Sole", industry: .healthcare)
        let (session, events) = feed(coach, upToTheDetails, from: start(learns: true, known))
        #expect(session.state.step == .contact)
        #expect(events.last == .ask(.contact, prefill: nil))
    }

    @Test func theKindGivenWithANoteIsLearned() {
        let lines = upToTheDetails + ["Clinica Sole", "clinic, we see patients by appointment"]
        let (session, _) = feed(coach, lines, from: start(learns: true))
        #expect(session.state.learned == OwnerProfile(business: "Clinica Sole", industry: .healthcare))
        #expect(session.state.notes[.industry] == "we see patients by appointment")
    }

    @Test func theKindLearnedWordsTheReply() {
        let lines = upToTheDetails + ["skip", "healthcare", "skip", "skip"]
        let (session, events) = feed(coach, lines, from: start(learns: true))
        let state = session.state
        let clinic = Assessment(signals: state.signals, owner: state.owner, details: state.details, catalog: coach.catalog,
                                industry: .healthcare, review: state.review, answers: .fromOwnerFault(note: state.notes[.ourFault]))
        #expect(events.last == .assessment(clinic))
    }

    @Test func aKindTheProfileDoesNotKnowIsRefusedAndAskedAgain() {
        let (asked, _) = feed(coach, upToTheDetails + ["Clinica Sole"], from: start(learns: true))
        let (after, events) = coach.step(asked, "spaceship")
        #expect(after == asked)
        #expect(events == [.invalidAnswer(.industry)])
    }

    @Test func backFromTheKindForgetsTheBusinessGiven() {
        let (session, _) = feed(coach, upToTheDetails + ["Clinica Sole", "/back"], from: start(learns: true))
        #expect(session.state.step == .business)
        #expect(session.state.learned.business == nil)
    }

    @Test func restartStillLearnsTheProfile() {
        let (session, _) = feed(coach, upToTheDetails + ["/restart"], from: start(learns: true))
        #expect(session.state.learnsProfile)
    }
}
