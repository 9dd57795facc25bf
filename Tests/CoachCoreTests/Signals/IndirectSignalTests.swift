import CoachCore
import Testing

/// Indirect and polite phrasings found while tuning on Fixtures/real-world-reviews.jsonl, each
/// with the near miss that must not fire.
@Suite struct IndirectSignalTests {
    @Test("A polite offer to change or remove the review for something of value is a demand", arguments: [
        "I could take this review down if you compensated me for the ruined weekend.",
        "Happy to reconsider my stars once I see a refund in my account.",
        "we r willing to change our review if u refund the cleaning fee",
        "Dear manager, I am happy to revise my rating upwards should you decide to reimburse the cost of our meal.",
        "Will bump this to five stars the moment my money hits my account.",
        "Funny how fast a review like this one would disappear if a refund showed up. Just saying.",
    ])
    func politeOfferIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("A price named first, then the review goes away, is a demand", arguments: [
        "a partial refund and this review goes away, thats my offer",
        "A gesture of goodwill might change my mind about this review.",
    ])
    func priceFirstIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("Offering the removal, then naming the price in the next sentence, is a demand", arguments: [
        "You want this review gone? Refund the $80.",
        "If you want this review removed you know what to do. Full refund.",
    ])
    func offerThenPriceIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("A public threat after 'or' with no 'I' is a demand", arguments: [
        "refund me or every review site on the internet hears about this",
        "Honour the price you quoted or expect a very detailed review on every site.",
        "Im giving you 48 hours to refund me before i leave reviews on every platform",
    ])
    func impersonalThreatIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("The business making the exchange, the reader's wish, or an honest update is not the writer's demand", arguments: [
        "They refused to refund me unless I deleted my review!!",
        "The manager offered me a voucher if I removed my review. Disgusting.",
        "If you want a refund, you can leave a review and they'll contact you.",
        "I'll update this review if they actually fix the heating, fingers crossed.",
        "The hotel charged me twice. After three emails they finally refunded me, so I'm updating my review to 3 stars.",
        "When I asked for a refund the manager said I would have to remove my review first.",
        "I asked for a refund and was refused, even though the item arrived broken.",
        "I will never come back and will tell my friends to avoid this place.",
    ])
    func notTheWritersDemand(_ review: String) {
        #expect(!SignalTestSupport.has(.demand, review))
    }

    @Test("A bare 'never been' or a disowned visit says the writer was never a customer", arguments: [
        "never been, never going, looks dirty from the outside",
        "Just here to say I've never been and from the look of the website I never will be.",
        "my sister went, not me, and she said it was the worst meal of her life",
        "Not that I've ever eaten here, but anyone who charges £15 for a burger is a thief.",
        "I've never used them and I never will, the CEO is a scumbag.",
        "Haven't tried it. Don't plan to. One star for the ugly sign.",
    ])
    func indirectNeverCustomer(_ review: String) {
        #expect(SignalTestSupport.has(.neverCustomer, review))
    }

    @Test("'Never been so', a past visit or a first visit is not a never-customer claim", arguments: [
        "never been so dissapointed in my life, the cake was dry and the icing tasted of soap",
        "I've never had a bad meal here until tonight. Cold lamb, rude server.",
        "My friend told me to try this place and I wish I hadn't. The fish was off.",
        "Haven't been back since the new owners took over, and judging by my one visit last month I won't be.",
        "I didn't use it because it didn't work, and the shop would not take it back.",
    ])
    func notNeverCustomer(_ review: String) {
        #expect(!SignalTestSupport.has(.neverCustomer, review))
    }

    @Test("Reporting that staff insulted the writer is not the writer being abusive", arguments: [
        "The waiter called me an idiot in front of my kids.",
        "The owner replied to my last review calling me a liar, which says it all.",
    ])
    func reportedInsultIsNotAbuse(_ review: String) {
        #expect(!SignalTestSupport.has(.abusive, review))
    }

    @Test("An insult hedged with an adverb is still aimed at the person")
    func hedgedInsultIsAbuse() {
        #expect(SignalTestSupport.has(.abusive, "Haven't set foot in the place but the owner is clearly a crook."))
    }

    @Test("Self-promotion through a social profile is spam", arguments: [
        "I need followers, follow my tiktok pls, link in bio",
        "Check out my channel for the best travel hacks!! youtube.com/@travelwithkev",
    ])
    func socialPromotionIsSpam(_ review: String) {
        #expect(SignalTestSupport.has(.spam, review))
    }

    @Test("Colloquial review actions and a bare 'review gone' count as the review's fate", arguments: [
        "Tell you what, cover the cost of the taxi home and I'll bin this review.",
        "this 1 star is staying put til i see my £200 back in my bank",
        "Comp the whole stay and we'll call it even, review gone.",
        "If a refund lands in my account by the weekend, this review will magically become 5 stars.",
        "Id take this down tomorrow for a free meal, just saying",
        "I am more than happy to revise this review upon receipt of a full refund.",
    ])
    func colloquialActionIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("After 'if' a past tense is hypothetical; after 'when' it is what happened")
    func hypotheticalPastTense() {
        #expect(SignalTestSupport.has(.demand, "Honestly if they gave me a discount on my next booking id happily change to 4 stars."))
        #expect(!SignalTestSupport.has(.demand, "When they gave me a discount I said I would update my review, and I did."))
    }

    @Test func neverHadThePleasureIsNeverACustomer() {
        #expect(SignalTestSupport.has(.neverCustomer, "I've never had the pleasure and after reading this lot I never will."))
        #expect(!SignalTestSupport.has(.neverCustomer, "I've never had a worse pleasure cruise."))
    }

    @Test func insultOfWhoeverRunsThePlaceIsAbuse() {
        #expect(SignalTestSupport.has(.abusive, "Whoever runs this dump is a con artist and a thief."))
        #expect(!SignalTestSupport.has(.abusive, "The tattoo artist was lovely and careful."))
    }

    @Test func invitationToAShopDomainIsSpam() {
        #expect(SignalTestSupport.has(.spam, "Hot singles in your area!!! visit datenow.club"))
        #expect(!SignalTestSupport.has(.spam, "We booked through booking.com and the room was not ready."))
    }
}
