import CoachCore
import Testing

/// The families moved onto the engine with the legal check's retirement and the round-3 misses:
/// each held by wordings written for this test (none from an evaluation set), with the near
/// neighbours that are fine kept clean.
@Suite struct ReplyEngineFamiliesTests {
    private func codes(_ reply: String, _ context: ReplyContext = ReplyContext()) -> Set<FindingCode> {
        Set(ReplyChecker.check(reply, context: context).map(\.code))
    }

    @Test(arguments: [
        "Leaving comments like this about a bakery is unlawful.",
        "Remove this post by Monday or we will take the matter further.",
        "Reviews like yours could land you in real trouble.",
        "We have passed your review to the police.",
        "Our insurers have been informed of your post.",
    ])
    func theLawOrConsequencesInvokedOverTheReviewAreALegalThreat(_ reply: String) {
        #expect(codes(reply).contains(.legalThreat))
    }

    @Test(arguments: [
        "We will not hesitate to sue over posts like this.",
        "Don't force us to get our solicitor involved.",
        "If this isn't deleted by Friday, our lawyer will write to you.",
    ])
    func aNegatedLegalWordTurnedBackIsAThreat(_ reply: String) {
        #expect(codes(reply).contains(.legalThreat))
    }

    @Test(arguments: [
        "We reported the break-in to the police last night.",
        "We would never take legal action against a guest.",
        "Serving alcohol to anyone under eighteen is illegal, so we check ID.",
        "Our insurer will cover the repair to your bike.",
        "The court delays were outside our control.",
    ])
    func lawfulMentionsOfTheLawAreNotThreats(_ reply: String) {
        #expect(!codes(reply).contains(.legalThreat))
    }

    @Test(arguments: [
        "We regret that you were not pleased with the haircut.",
        "Sorry you weren't satisfied with the room.",
        "We're sorry if your father felt he was ignored.",
        "We apologise for any embarrassment caused.",
    ])
    func sorryForTheReviewersMoodIsANonApology(_ reply: String) {
        #expect(codes(reply).contains(.nonApology))
    }

    @Test(arguments: [
        "Please think about changing your rating to five stars.",
        "We'd be thrilled if you could mention him in your next review.",
    ])
    func askingForARatingOrForStaffToBeNamedBreaksAPlatformRule(_ reply: String) {
        #expect(codes(reply, ReplyContext(platform: .yelp)).contains(.platformRule))
    }

    @Test(arguments: [
        "Try reading the menu next time.",
        "Read the label in future.",
    ])
    func anOrderForNextTimeBlamesAndTalksDown(_ reply: String) {
        #expect(codes(reply).isSuperset(of: [.blamesCustomer, .hostileTone]))
    }

    @Test(arguments: [
        "Please ask for me next time you're in.",
        "We'll save you a table by the window next time.",
    ])
    func anInvitationForNextTimeIsClean(_ reply: String) {
        #expect(codes(reply).isEmpty)
    }

    @Test(arguments: [
        "Your visa application was delayed by the embassy, not by us.",
        "We filed your tax return on the day you gave us the papers.",
    ])
    func aClientsMatterIsConfidentialAndPrivateForAFirm(_ reply: String) {
        #expect(codes(reply, ReplyContext(industry: .professional)).isSuperset(of: [.confidentialRelationship, .privateDetails]))
    }

    @Test(arguments: [
        "Room upgrades are offered on the same terms to every guest.",
        "Refunds are handled the same way for every customer, through our manager.",
    ])
    func aPolicyForEveryoneIsNoOfferToAThreat(_ reply: String) {
        #expect(codes(reply, ReplyContext(verdict: .threatBased)).isEmpty)
    }

    @Test(arguments: [
        "I will drive a replacement order to your house tonight.",
        "We know your neighbourhood and will pop round with a new one.",
        "Our driver knows your street well and will drop it round.",
        "I could come by your workplace to sort it out.",
    ])
    func whereTheReviewerLivesOrWorksIsPrivate(_ reply: String) {
        #expect(codes(reply).contains(.privateDetails))
    }

    @Test(arguments: [
        "We would love to welcome you back; our hotel is your home from home.",
        "Orders are delivered to your door within the hour.",
        "Our new address is on the website if you'd like to visit again.",
    ])
    func aHomelyWelcomeOrTheBusinessesOwnAddressIsNotPrivate(_ reply: String) {
        #expect(!codes(reply).contains(.privateDetails))
    }

    @Test func aSignatureNamingTheFirmIsNotALegalThreat() {
        #expect(codes("Please call the office and ask for me.\n— Practice Manager, Hale & Osei Solicitors").isEmpty)
    }
}
