import CoachCore
import Testing

/// Behaviours learnt from real owners' phrasing: the quiet forms of each mistake, and the good
/// replies that look like them.
@Suite struct ReplyCheckerPhrasingTests {
    private func codes(_ reply: String) -> Set<FindingCode> { Set(ReplyChecker.check(reply).map(\.code)) }

    @Test func sarcasticThanksAndMockSurpriseAreHostile() {
        #expect(codes("Thanks so much for the lovely review, we'll treasure it.") == [.hostileTone])
        #expect(codes("Wow, what a surprise, another expert.") == [.hostileTone])
        #expect(codes("We're thrilled you took time out of your busy schedule to tell us.") == [.hostileTone])
    }

    @Test func calmContradictionThatCallsTheCustomerALiarIsHostile() {
        #expect(codes("Our CCTV shows you left happy.") == [.hostileTone])
        #expect(codes("That is simply not what happened.") == [.hostileTone])
        #expect(codes("Our records show no booking under your name, so this didn't happen.") == [.hostileTone])
    }

    @Test func owningThatSomethingShouldNeverHaveHappenedIsClean() {
        #expect(codes("This should never have happened, and we're putting it right.").isEmpty)
        #expect(codes("We've reviewed the footage and you're right, our waiter was rude.").isEmpty)
        #expect(codes("We have no record of a visit matching this description, so if you did visit, please contact us.").isEmpty)
    }

    @Test func politeBlameIsStillBlame() {
        #expect(codes("Had you read the menu, you would have seen that the dish contains nuts.") == [.blamesCustomer])
        #expect(codes("As stated clearly on our website, deposits are non-refundable.") == [.blamesCustomer])
        #expect(codes("Guests are expected to check out by 10am, as every hotel requires.") == [.blamesCustomer])
        #expect(codes("The instructions on the label say hand wash only.") == [.blamesCustomer])
    }

    @Test func aPolicyWeFailedToExplainIsOwnedNotBlamed() {
        #expect(codes("Our policy should have been explained when you booked and it wasn't. That's our mistake.").isEmpty)
        #expect(codes("You didn't mention which branch you visited, so please contact us.").isEmpty)
    }

    @Test func softLegalThreatsAreThreats() {
        #expect(codes("Our solicitors have been made aware of this review.") == [.legalThreat])
        #expect(codes("We reserve the right to take further action regarding these false statements.") == [.legalThreat])
        #expect(codes("If this review is not removed we will have no choice but to take action.") == [.legalThreat])
    }

    @Test func awarenessAndFurtherStepsWithoutLawAreClean() {
        #expect(codes("The kitchen has been made aware of your allergy and it will be noted on every order.").isEmpty)
        #expect(codes("We'll take this further with our supplier so it doesn't happen again.").isEmpty)
    }

    @Test func indirectIncentivesAreIncentives() {
        #expect(codes("We'd love to make it up to you once this review is updated.") == [.reviewIncentive])
        #expect(codes("If you'd reconsider your rating, we'll send over a voucher for two.") == [.reviewIncentive])
        #expect(codes("Hi Dave, come back as our guest, on the house, and then you can write about us again with fresh eyes.") == [.reviewIncentive])
    }

    @Test func redressNotTiedToTheReviewIsClean() {
        #expect(codes("We'd like to refund your meal in full, whatever you decide to do about your review.").isEmpty)
        #expect(codes("We'd love to offer you a night on us as an apology.").isEmpty)
    }

    @Test func neutralButsAreClean() {
        #expect(codes("Not only was your table not ready, but also nobody told you why, and that's on us. I'm sorry.").isEmpty)
        #expect(codes("The service you describe was anything but what we aim for.").isEmpty)
    }

    @Test func presentTenseAfterButIsNoPromise() {
        #expect(codes("sorry for the mix up but we get hundreds of orders a day and mistakes happen") == [.deflectingBut, .nonApology])
        #expect(codes("Sorry, but we can't be responsible for what happens on the motorway.") == [.deflectingBut])
    }

    @Test func aSupplierChangingThingsIsAnExcuseNotOurFix() {
        let reply = "We are sorry. Our supplier doubled their prices, the staff shortage is affecting everyone, and we were short staffed."
        #expect(codes(reply).contains(.overExplaining))
        #expect(codes("We've hired new staff, replaced the supplier and installed a new system.").isEmpty)
    }

    @Test func aFullNameOrAVisitWithItsOrderIsPrivate() {
        #expect(codes("Hi Susan Moreland, thanks for the review.") == [.privateDetails])
        #expect(codes("You visited on Tuesday 12th March and ordered the lamb and two glasses of the house red.") == [.privateDetails])
        #expect(codes("We are sorry your diabetes made the set menu difficult for you.") == [.privateDetails])
    }

    @Test func firstNamesTitlesAndSignOffsAreNotPrivate() {
        #expect(codes("Dear Mr Patel, we're so sorry. Kind regards, Sarah Jones, Manager").isEmpty)
        #expect(codes("Hi Sandra, please email us at our main address so we can put this right.").isEmpty)
    }

    @Test func warmCapitalsAndAnApologysExclamationsAreNotShouting() {
        #expect(codes("THANK YOU for your review. We are SO sorry.").isEmpty)
        #expect(codes("so sorry about your experience!! please message us").isEmpty)
        #expect(codes("Thank u for feedback!! We will improve.") == [.hostileTone])
    }

    @Test func aRuleCitedAfterATakenBackApologyIsBlame() {
        #expect(codes("Apologies for any upset caused, though in fairness our terms are displayed at the counter.") == [.nonApology, .deflectingBut, .blamesCustomer])
        #expect(codes("We're sorry our terms weren't displayed at the counter, and we've put a sign up.").isEmpty)
    }

    @Test func mentioningTestResultsIsNotRevealingThem() {
        #expect(codes("You waited far too long for your test results and that's on us. We apologise.").isEmpty)
        #expect(codes("Your test results came back positive.") == [.privateDetails])
    }

    @Test func aSonsTreatmentOnADateIsPrivate() {
        #expect(codes("Mrs Dawson, our records show your son attended on the 4th and had two fillings.") == [.privateDetails])
    }

    @Test func laughingAtTheReviewIsHostile() {
        #expect(codes("We've had a good laugh reading this in the staff room.") == [.hostileTone])
        #expect(codes("Your story changes every time you tell it.") == [.hostileTone])
    }

    @Test func aRuleAboutGuestsIsBlameButAnInvitationToYouIsNot() {
        #expect(codes("Our staff can only help if guests let them know there's a problem.") == [.blamesCustomer])
        #expect(codes("We can only help if you contact us directly, so please do.").isEmpty)
    }

    @Test func correctingWhatTheCustomerBookedIsBlame() {
        #expect(codes("You booked a standard room, not a suite.") == [.blamesCustomer])
        #expect(codes("You booked through a third-party site, not directly, so we didn't get your note.").isEmpty)
    }

    @Test func aNudgeForMoreStarsNextToAFreebieIsAnIncentive() {
        #expect(codes("Pop back in and your next coffee is free. A few more stars wouldn't hurt either!") == [.reviewIncentive])
    }
}
