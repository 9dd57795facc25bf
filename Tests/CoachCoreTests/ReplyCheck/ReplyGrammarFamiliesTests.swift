import CoachCore
import Testing

/// The reply rules read grammar, not phrases: each family below is held by wordings written for
/// this test (none of them from an evaluation set), and its near neighbours that are fine stay clean.
@Suite struct ReplyGrammarFamiliesTests {
    private func codes(_ reply: String, _ context: ReplyContext = ReplyContext()) -> Set<FindingCode> {
        Set(ReplyChecker.check(reply, context: context).map(\.code))
    }

    @Test(arguments: [
        "Your sense of direction clearly needs some work.",
        "With an attitude like yours, no wonder the waiter kept his distance.",
        "Your grasp of basic arithmetic is impressive.",
        "It sounds like you struggle to enjoy anything at all.",
    ])
    func aJudgementOfTheReviewersPersonIsHostile(_ reply: String) {
        #expect(codes(reply).contains(.hostileTone))
    }

    @Test(arguments: [
        "Get some sleep before you write your next review.",
        "Perhaps you could open your own bakery and show us how it's done.",
        "Maybe buy a watch next time.",
        "Some yoga might do you good.",
    ])
    func mockAdviceAboutTheReviewersLifeIsHostile(_ reply: String) {
        #expect(codes(reply).contains(.hostileTone))
    }

    @Test(arguments: [
        "Was the pillow not soft enough for Your Highness?",
        "Thank you, Sherlock, for pointing that out.",
        "What did you expect for ten pounds?",
    ])
    func mockTitlesAndRhetoricalQuestionsAreHostile(_ reply: String) {
        #expect(codes(reply).contains(.hostileTone))
    }

    @Test(arguments: [
        "Was there enough for everyone at the table, and would you let us know?",
        "We understand your frustration and would like to put this right.",
        "We'd love to hear more about your stay; please call us.",
        "Please get in touch and we will book you a table by the window.",
    ])
    func careAndPlainQuestionsStayClean(_ reply: String) {
        #expect(codes(reply).isEmpty)
    }

    @Test(arguments: [
        "You clearly didn't read the care label before washing it.",
        "Customers who don't measure their doorway end up disappointed.",
        "Had you told us about the allergy, the kitchen would have left out the nuts.",
        "You arrived forty minutes late, so the table had been given away.",
        "We're sorry, but you assured us the van could park outside.",
        "Dropping it on tiles was always going to crack the screen.",
    ])
    func theReviewerAsTheCauseIsBlame(_ reply: String) {
        #expect(codes(reply).contains(.blamesCustomer))
    }

    @Test(arguments: [
        "We should have told you about the deposit when you booked, and we're sorry we didn't.",
        "I'm sorry you weren't told the kitchen closes at nine.",
        "You told us about the leak on Monday and we took too long to fix it.",
        "We close the kitchen at nine so our team can get home safely, and we now say so on the booking page.",
    ])
    func ourOwnFailureOrACalmPolicyIsNotBlame(_ reply: String) {
        #expect(codes(reply).isEmpty)
    }

    @Test(arguments: [
        "We're sorry you feel the portions were small.",
        "Apologies if the tone of our email came across the wrong way.",
        "We apologise for any disappointment.",
        "We're sorry you were left feeling rushed.",
    ])
    func anApologyForFeelingsOrAGenericHarmIsANonApology(_ reply: String) {
        #expect(codes(reply).contains(.nonApology))
    }

    @Test(arguments: [
        "We're sorry the soup was cold and the bill was wrong.",
        "I'm sorry you feel unwell after the meal; please call me so we can check the batch.",
        "We're sorry we kept you waiting for forty minutes.",
    ])
    func anApologyForWhatHappenedIsClean(_ reply: String) {
        #expect(codes(reply).isEmpty)
    }

    @Test func waivingAnAdmittedFaultAwayIsANonApology() {
        #expect(codes("Not the end of the world, and a replacement is on its way.", ReplyContext(ourFault: .yes)) == [.nonApology])
    }

    @Test(arguments: [
        "You are trying to con us into a free meal.",
        "Your whole story is made up.",
        "This review has been paid for by someone with an axe to grind.",
        "This account is pure fiction from start to finish.",
    ])
    func deceitOrACrimeSaidOfTheReviewerIsAFalseAccusation(_ reply: String) {
        #expect(codes(reply).contains(.falseAccusation))
    }

    @Test(arguments: [
        "We have no record of this visit; please contact us so we can look into it.",
        "We'd love the chance to make it up to you.",
        "To keep you safe from scams, we never ask for card details by phone.",
    ])
    func recordsAndAmendsAreNotAccusations(_ reply: String) {
        #expect(codes(reply).isEmpty)
    }
}
