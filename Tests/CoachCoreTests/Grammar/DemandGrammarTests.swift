import CoachCore
import Testing

/// The demand grammar: a request for value tied to an action on reviews, by the writer or a third party.
@Suite struct DemandGrammarTests {
    func isThreat(_ review: String) -> Bool {
        let implications = TextImplications(signals: SignalDetector.detect(in: review))
        return VerdictRules.decide(ResolvedFacts(owner: OwnerFacts(), text: implications)).verdict == .threatBased
    }

    @Test("A third party's demand is a threat", arguments: [
        "We've posted bad reviews. We can remove them if you pay.",
        "Someone order me to do negative reviews on your profile! He want 35 negative reviews on your profile. I just posted 1.",
        "Negative feedback about your establishment has been left by us. To have it removed, send us Google Play gift card worth $75.",
        "I have received an order for 30 bad reviews on your business.",
        "A client has paid me to get you banned from Yelp. Shall I go ahead?",
    ])
    func aThirdPartysDemandIsAThreat(review: String) {
        #expect(isThreat(review))
    }

    @Test("Money asked for with more reviews promised otherwise is a threat", arguments: [
        "Send me $250 today. You not send me, post more one star.",
        "Pay $400 in bitcoin and it goes back up.",
        "If you buy me a $100.00 gift card, I will delete all the one star reviews I posted.",
    ])
    func moneyForReviewsIsAThreat(review: String) {
        #expect(isThreat(review))
    }

    @Test("The reviewer's value asked for in exchange for the review is a threat", arguments: [
        "Refund me or the 1 star stays.",
        "Comp my two nights and it comes down.",
        "Owner, message me. I will remove my one star review.",
        "If you contact me today, I'll delete the one star review.",
        "The only way this review comes down is a full refund.",
        "It would be a shame if this review stayed up all summer. A couple of comped dinners would make it go away.",
    ])
    func aCustomersExchangeIsAThreat(review: String) {
        #expect(isThreat(review))
    }

    @Test("A complaint, a wish or a review posted anyway is not a demand", arguments: [
        "I want a refund.",
        "I'll tell everyone about this place.",
        "Never again.",
        "If I could give zero stars I would.",
        "I'd give another star if the music weren't so loud.",
        "They won't refund me, but I'm still leaving a bad review.",
        "If you want a refund, good luck. I'll be leaving this review up as a warning.",
        "They said they'd give us a discount if we posted a 5 star review.",
        "I paid to park and you still towed my car, as other reviews on Google say.",
        "Nobody would help me. I'm leaving this review so others know.",
    ])
    func aComplaintIsNotADemand(review: String) {
        #expect(!isThreat(review))
    }
}
