import CoachCore
import Testing

/// Families of demand wording the grammar reads on its own (without the old token-window
/// detector): each rule with several phrasings, and the near-misses that must stay quiet.
@Suite struct DemandFamiliesTests {
    /// Whether the demand grammar alone finds a demand (or an extortion scam) in the text.
    func grammarFinds(_ review: String) -> Bool {
        GrammarTrace.lines(for: review).last != "findings: []"
    }

    @Test("A request joined by 'and I'll', 'then I will' or 'and we're good' to a review action is a demand", arguments: [
        "Waive the parking charge and I'll delete this review.",
        "Rebook my flight for free, then I will update my rating.",
        "Fix the boiler by Friday and we're good. The review comes down.",
        "Please resend the missing parcel and I will edit this review.",
    ])
    func aRequestJoinedToAReviewActionIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A removal split around the review with a price after it is a demand", arguments: [
        "I'd take this review down for a free night.",
        "happy to take it down for a partial refund tbh",
    ])
    func aPricedRemovalIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("The business getting its stars back for value is a demand", arguments: [
        "Honour the quoted price and you get your five stars back.",
        "A voucher for two gets you a better review.",
        "A free dessert next time would earn you another star.",
    ])
    func starsEarnedForValueAreADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("'As long as', 'the minute', 'after you', 'once' tie value to the review", arguments: [
        "My one star stays as long as the deposit is not returned.",
        "The minute the refund lands I will remove this review.",
        "I'll revise my rating after you credit my account.",
        "Once I'm reimbursed, this review comes down.",
        "I won't take this review down till I get a full refund.",
    ])
    func aConditionOnValueIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("Value waited for, then a condition pointing at it, is a demand", arguments: [
        "Still waiting for my refund. The day it arrives, I'll take this review down.",
        "Still waiting on the replacement. Once it turns up I will change my stars.",
    ])
    func valueWaitedForThenAConditionOnItIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("Value or going public, more one-stars or a bad review is a demand", arguments: [
        "Refund the booking or I'm going public.",
        "Cover the repair or expect more one-star reviews.",
        "Money back or a bad review, simple as that.",
    ])
    func valueOrGoingPublicIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A payment channel with the rating or a count of reviews is an extortion scam", arguments: [
        "Your score was 4.6. 20 new 1-star reviews went up overnight. Send 0.02 ETH or tomorrow there will be 40.",
        "Your rating is 4.1 now. Pay $300 in USDT or it goes lower.",
    ])
    func aChannelWithTheRatingIsExtortion(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A German demand is read through the German words of the concepts", arguments: [
        "Zahlen Sie 500 Euro in Bitcoin, sonst schreiben wir 50 neue Bewertungen.",
        "Wenn Sie nicht zahlen, schreiben wir jeden Tag eine Bewertung mit einem Stern. Wir wollen 300 Euro.",
    ])
    func aGermanDemandIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A German complaint that asks nothing is no demand", arguments: [
        "Das Essen war kalt und der Kellner unfreundlich, ich schreibe diese Bewertung wenn ich Zeit habe.",
    ])
    func aGermanComplaintIsNoDemand(review: String) {
        #expect(!grammarFinds(review))
    }

    @Test("Value waited for with a review change on anything else is no demand", arguments: [
        "Still waiting for my refund. I'll update this review if anything changes.",
    ])
    func valueWaitedForWithoutAConditionOnItIsNoDemand(review: String) {
        #expect(!grammarFinds(review))
    }

    @Test("The business's own condition on the review, or words reported, is no demand", arguments: [
        "The owner said he'd refund us if we took the review down.",
        "They offered a gift card if I deleted my review.",
        "The manager would only refund me if I'd remove my review.",
        "I was told I would need a deposit to book a table for a star group.",
    ])
    func theBusinesssConditionIsNoDemand(review: String) {
        #expect(!grammarFinds(review))
    }

    @Test("A hypothetical, a past request, or a review posted anyway is no demand", arguments: [
        "If I had the money I'd buy this place and fix it up.",
        "I'm still leaving this review even if they refund me.",
        "I asked for a refund and I posted this review.",
        "Went to the Internet expo and this hotel was the only one left at $250 a night.",
    ])
    func aHypotheticalOrPastRequestIsNoDemand(review: String) {
        #expect(!grammarFinds(review))
    }
}
