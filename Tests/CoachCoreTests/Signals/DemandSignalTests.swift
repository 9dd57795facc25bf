import CoachCore
import Testing

/// The demand signal as `SignalDetector` reports it (from the demand grammar): threats fire,
/// complaints, wishes and the business's own offers do not, and the quote is the sentence.
@Suite struct DemandSignalTests {
    static let threats: [String] = [
        "Fix my order today or I'm leaving a one-star review on every site I can.",
        "Refund me in full and I will delete this review.",
        "I'll change my rating to five stars if you give me a free night.",
        "If I don't get a discount on my next visit, everyone on Facebook will hear about this.",
        "you can comp me the room, and I won't post on TripAdvisor",
        "Unless I get my money back by Friday, I'm posting this on Yelp, Google and Facebook.",
        "Give me a full refund. Otherwise this review stays up.",
        "If you don't refund me I will leave a bad review everywhere.",
        "I'll happily take this review down once I get my refund.",
        "I’ll remove my 1-star review for a full refund.",
        "Comp my meal or I'm gonna blast you on social media.",
        "If they don't make it right, I'm going to post photos online.",
        "Pay me back or I will write reviews on every site.",
        "Send me a voucher and I'll bump it up to five stars.",
        "How about a free dinner and I'll update my rating?",
        "If I don't hear back today, the whole internet will know.",
        "I expect a refund, otherwise I'll be telling everyone on Facebook.",
        "Until I get compensated, my 1 star rating stays.",
        "I'd be willing to remove this review in exchange for a refund.",
        "Do the right thing and refund me, and I'll delete my post.",
        "REFUND ME OR I WILL POST THIS ON GOOGLE",
        "Refund me.\nOtherwise I'm leaving one star on Trustpilot.",
        "if u dont give me a discount im gonna leave a 1 star review on google",
        "I will gladly edit my review to 5 stars as soon as you send me a gift card.",
        "Take 20% off my next visit and I'll delete this review.",
        "Take $20 off the bill and I'll change my review to 4 stars.",
        "You have until Friday to refund me or this review gets posted on every platform.",
        "I want a full refund or I will be leaving reviews on Google, Yelp and TripAdvisor.",
        "If you refund the cost of the meal I'll take down my review.",
        "I'll give you 5 stars if you give me 50% off my next stay.",
        "Give me my deposit back and this review disappears.",
        "Unless the remaining balance is refunded within 7 days, I will share my experience on every platform.",
        "Should you choose not to compensate me, I will post this review on all social media.",
        "Either give me a free room upgrade or I post this on Booking.",
        "I am willing to delete this review if you pay for the damage.",
        "Waive the cancellation fee and I will not post this review.",
        "You have 24 hours to refund me before this goes on Facebook.",
        "Pay up or I'll tell all my 10k followers.",
        "If you don't want a bad review, send me a gift card.",
        "Compensate me for my ruined evening, or I'm going public.",
        "I will be leaving a review on Trustpilot unless you sort this out.",
        "Sort it out or I'm going to the papers.",
        "We won't be posting anything online if you refund us tonight.",
        "If you want me to take this review down, you'll refund my money.",
        "I'll remove the review after receiving a full refund.",
        "Refund my money and the 1 star goes away.",
        "Once you comp our stay, we will happily update the rating.",
        "This review will be updated to 5 stars when I receive my refund.",
        "I expect a full refund. If not, I'll be posting this review on every site.",
        "My review stays at one star until I get my money back.",
        "Give me a refund and I'll go away quietly, otherwise expect a flood of one star reviews.",
        "I will keep posting negative reviews until you refund me.",
        "You refund me, I delete the review. Simple.",
        "Refund = review deleted.",
        "For a free stay I'd be willing to reconsider my 1-star rating.",
        "I'm giving you one chance: refund me by Monday or this goes viral.",
        "If my money isn't returned, I will make sure everyone knows on Google and Facebook.",
        "If I'm compensated fairly I will gladly remove this post.",
        "Comp the meal and I'll change my stars.",
        "I'd like a partial refund, otherwise I'll leave a 1 star review everywhere.",
        "Unless I'm offered a free replacement, this review stays.",
        "I will not remove this review until I get my money back.",
        "No refund = 1 star review on every platform.",
        "Refund or bad review, your choice.",
        "Solve this or I tell everyone on Instagram.",
        "I'll delete this if you give me my money back.",
        "Send the $50 and I'll edit my review.",
        "i’ll delete my review if u refund me 🙏",
        "Refund me 💸 or I’ll post this on Yelp 😡😡",
        "I'm  gonna   leave a 1⭐ review unless I get my money back!!!",
        "Either you comp the room or I'm writing a review on TripAdvisor",
        "Give me a refund\nor I will leave a bad review",
        "Refund me or everyone will know.",
        "Give me a discount or it goes on Facebook.",
        "I'll be posting about this on TripAdvisor unless you refund my stay.",
        "Either you give us a full refund, or we'll be telling everyone we know.",
        "Comp our dinner and we won't say anything online.",
        "If I get a full refund I will delete all my reviews.",
        "How about you refund me and I won't leave the review",
        "Give me my money back or I will make sure this review is seen by everyone.",
    ]

    static let nearMisses: [String] = [
        // nothing asked of the business: a rating explained
        "One star, because I can't post my review if I don't give a rating.",
        // an "or" joining two words is no ultimatum
        "Dear owner or manager: I am writing to give feedback on our weekend stay.",
        "I want a refund.",
        "if I wanted a refund I had to call three times",
        "Changing my review to 1 star.",
        "I will never come back.",
        "Never coming back. I'll tell everyone I know to avoid this garage.",
        "I'm writing this review to warn others.",
        "I updated my review after they ignored me.",
        "I would give zero stars if I could.",
        "I'm not asking for a refund, but if this happens again I'll post on Yelp.",
        "I was never offered a refund and I'll be posting this on Google.",
        "They offered me a discount if I removed my review.",
        "They said they'd give me a discount if I deleted my review.",
        "Unless you enjoy being ignored, avoid this place. I'm posting this everywhere.",
        "I'll update my review if anything changes.",
        "I'll update my review if they respond.",
        "Changing my review to 1 star since they never refunded me.",
        "Whether you give me a refund or not, I'll post this review.",
        "Even if you refund me, I'll still leave a bad review.",
        "I never leave bad reviews unless the service is terrible.",
        "I asked for a refund and they laughed. I'm leaving a one star review.",
        "They gave us a free dessert, and I'll be leaving a five star review!",
        "My husband and I asked for a refund, they refused, so I'm leaving this review.",
        "I'll be posting this on Yelp as well because nobody should eat here.",
        "I told the manager I'd leave a bad review and he laughed at me.",
        "The manager offered a discount if I would change my review, which I refused.",
        "I'll update this review if they ever call me back.",
        "I asked them to fix it or refund me, they did neither. One star.",
        "They promised a refund and never delivered, so now everyone will hear about it.",
        "Refund me or I'll contact trading standards.",
        "I updated my review after they refunded me.",
        "I removed my earlier review because the manager called and apologised.",
        "They offered me a free night if I deleted my review, so I'm posting this on TripAdvisor to expose them.",
        "The manager said he would give us a discount if we removed the review, and I'll be reporting that to Yelp.",
        "Call ahead or you'll wait an hour; I'll be leaving a review on Google.",
        "Book early or you'll be disappointed, as I was; I'll post my photos on Yelp.",
        "I wish I could say the refund process was easy.",
        "If you want a refund, you can leave a review and they'll contact you.",
        "I can't believe they wanted me to pay for a new review.",
        "Book early or you get a table by the toilets, and I'll be writing a review about that.",
        "A free dessert would go a long way, but I'm still leaving a bad review.",
        "I want a refund, but I'm posting my one star review anyway.",
    ]

    @Test("A demand tied to a review fires", arguments: threats)
    func demandFires(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("A complaint, a plain request or a lowered rating is not a demand", arguments: nearMisses)
    func nearMissDoesNotFire(_ review: String) {
        #expect(!SignalTestSupport.has(.demand, review))
    }

    @Test("A time word that only says when something happened is no condition", arguments: [
        "i paid 36 pounds for a MOT that fell apart after two days, dont waste your money so I'm giving one star.",
        "The boiler broke after a week, save your money, I'm leaving one star.",
        "We waited until 9pm and it was a waste of money, so one star from me.",
        "Before 10 minutes had passed the food was cold, money down the drain, giving a 1 star review.",
    ])
    func timePhraseIsNotACondition(_ review: String) {
        #expect(!SignalTestSupport.has(.demand, review))
    }

    @Test("A time limit on a real demand still makes it one", arguments: [
        "You have 48 hours to refund me before this review goes on Google, Yelp and Facebook.",
        "Refund me within 24 hours or I'll post this everywhere.",
        "I'll delete this review after I get a full refund.",
    ])
    func timeLimitedDemandFires(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test func demandQuotesTheSentenceNotTheWholeReview() {
        let review = "The pasta was cold and the waiter ignored us. Refund me in full and I will delete this review. Thanks."
        let demand = SignalDetector.detect(in: review).first { $0.kind == .demand }
        #expect(demand?.text == "Refund me in full and I will delete this review")
    }

    @Test func demandAcrossTwoSentencesQuotesBoth() {
        let review = "Give me a full refund. Otherwise this review stays up."
        let demand = SignalDetector.detect(in: review).first { $0.kind == .demand }
        #expect(demand?.text == "Give me a full refund. Otherwise this review stays up")
    }

    /// Longer complaints as people write them: refunds, ratings and platforms are mentioned,
    /// but nothing is asked in exchange for the review.
    static let realComplaints: [String] = [
        "We booked a table for 8 and waited an hour. When the food came it was cold. I asked for the manager and he shrugged. If you want good service, go somewhere else. I will be telling all my friends to avoid.",
        "Ordered a pizza for delivery. It arrived 2 hours late. I called to ask for a refund and they hung up on me. I've left reviews on Google and Yelp too.",
        "The hotel charged me twice. After three emails they finally refunded me, so I'm updating my review to 3 stars.",
        "Terrible experience. I'm only giving one star because I can't give zero. Would not recommend to anyone.",
        "Staff were lovely but the room smelled of smoke. They offered a discount for our next stay which was nice, but we won't be back.",
        "I have been coming here for years but this time the food was awful. If it happens again I'll find a new place.",
        "Called ahead to check if they had gluten free options, they said yes. When we got there, nothing gluten free. Shame.",
        "My car was at the garage for two weeks. When I got it back, the problem wasn't fixed. If you need a reliable mechanic, look elsewhere.",
        "I would have given 5 stars if the coffee had been hot.",
        "I'll update my review once I see how they handle my complaint.",
        "The delivery driver left my parcel in the rain. I want a refund or a replacement.",
        "They told me I'd get a free dessert if I left a review. I didn't, and I'm writing this honest one instead.",
        "Unless you like waiting 45 minutes for a coffee, avoid this place.",
        "If you don't mind rude staff and dirty tables, go ahead.",
        "I'm not one to leave bad reviews but this was unacceptable.",
        "Free wifi didn't work, the pool was closed, and the breakfast was cold.",
        "The owner refused to refund me and threatened to sue if I posted a review.",
        "I won't be posting pictures because it was too disgusting.",
        "Will never return. Paid $60 for two tiny plates.",
        "They said they would compensate me but never did. Now I'm posting this review so others know.",
        "I asked them to fix the leak or give me my deposit back. Neither happened.",
        "Otherwise a nice place, but the noise was unbearable.",
        "The food was good otherwise. Or so I thought until I got sick.",
        "Free parking and free breakfast, but the room was dirty. Two stars.",
        "I had a voucher from Groupon which they refused to honor.",
        "They only comp'd the drinks after I complained, and I'll still leave a fair review.",
        "Still waiting on my refund. I will update this review when something changes.",
        "I requested a refund on the 3rd. If they process it I'll let you know here.",
        "The refund took 6 weeks. Once it arrived I changed my rating from 1 to 2 stars.",
        "My refund never came. I'm posting this on every review site so nobody else gets scammed.",
        "If you want a refund, good luck. I'll be leaving this review up as a warning.",
        "I got my money back eventually, and I'll still be leaving this review.",
    ]

    @Test("A realistic complaint raises no demand, troll or abuse signal", arguments: realComplaints)
    func realComplaintIsOnlyAGrievance(_ review: String) {
        let kinds = SignalTestSupport.kinds(review)
        #expect(kinds.isDisjoint(with: [.demand, .neverCustomer, .spam, .abusive]))
    }
}

/// Review actions and conditions added in the fourth round, each with its near miss.
@Suite struct DemandRatingActionTests {
    @Test func theReviewsFateWithAnAuxiliaryIsAnAction() {
        #expect(SignalTestSupport.has(.demand, "This review gets deleted the minute my refund clears."))
        #expect(SignalTestSupport.has(.demand, "The review is deleted the second my money clears."))
        #expect(!SignalTestSupport.has(.demand, "My review was removed by Google and still no refund."))
        #expect(!SignalTestSupport.has(.demand, "This review gets updated the minute I stop being angry."))
    }

    @Test func takingAStarOffIsARatingAction() {
        #expect(SignalTestSupport.has(.demand, "Sort out a replacement phone by the weekend and I'll take the one star off. Till then it stays."))
        #expect(SignalTestSupport.has(.demand, "Replace the phone and I'll take the one star off."))
        #expect(!SignalTestSupport.has(.demand, "They told me to take the one star off or they would ban me."))
        #expect(!SignalTestSupport.has(.demand, "Fix the shower and I'll come back."))
    }

    @Test func raisingItToAScoreIsARatingAction() {
        #expect(SignalTestSupport.has(.demand, "I'll raise it to 5 if you throw in the upgrade we were promised."))
        #expect(SignalTestSupport.has(.demand, "I'll bump it to four if you comp the drinks."))
        #expect(!SignalTestSupport.has(.demand, "I'll raise it to 5 when the renovation is finished."))
    }

    @Test func orWatchTheReviewIsAThreat() {
        #expect(SignalTestSupport.has(.demand, "two options: refund my deposit or watch this review climb to the top of google"))
        #expect(SignalTestSupport.has(.demand, "refund me or watch my rating drop on google"))
        #expect(!SignalTestSupport.has(.demand, "Refund my deposit or I'll never book again."))
        #expect(!SignalTestSupport.has(.demand, "The waiter said watch this, then spilled the soup. Still no refund."))
    }

    @Test func askingHowToGetRidOfTheReviewOffersItsRemoval() {
        #expect(SignalTestSupport.has(.demand, "Wanna know how to get rid of this review? Comp our dinner."))
        #expect(!SignalTestSupport.has(.demand, "How do I get rid of this smell? The room reeked."))
        #expect(!SignalTestSupport.has(.demand, "They asked how to get rid of my review, offering a voucher."))
    }
}

/// Prices named without a request verb, found by a fresh probe: a bare price after an offered
/// removal, a cut to the bill for a rising rating, a value that "would go a long way towards" a
/// review action. Each with the near misses that must not fire.
@Suite struct DemandPriceCueTests {
    @Test("An offered removal, then a bare price or 'you know what to do' and a price, is a demand", arguments: [
        "If you want this review gone, you know what to do. £100.",
        "You want this review removed? You know what to do. $50.",
        "If you'd like this review taken down, you know what to do: £75 back in my account.",
        "If you want my review deleted you know what to do. 50 quid back.",
    ])
    func offeredRemovalThenBarePriceIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("'You know what to do' with no offered removal, or with no price, is not a demand", arguments: [
        "You know what to do if you want my business back: fix the heating.",
        "I left a review, you know what to do with it.",
        "If you want this review gone, you know what to do.",
        "You want the review removed? Tough. £100 for a cold curry is daylight robbery.",
        "£30 for a burger. I'll be leaving a review on Google.",
    ])
    func knowWhatToDoWithoutOfferAndPriceIsNoDemand(_ review: String) {
        #expect(!SignalTestSupport.has(.demand, review))
    }

    @Test("A cut to the bill asked for, with the rating going back up, is a demand", arguments: [
        "Knock the bill down by half and the stars go back up.",
        "Slash the price by 40% and the stars come back up.",
        "Bring the total down to £60 and my stars will go back up.",
        "Halve the invoice and the rating goes back up to four.",
    ])
    func priceCutForRisingRatingIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("A cut that happened, a rating that rose, or a cut with no review is not a demand", arguments: [
        "The bill was knocked down by half after I complained and the service went back up a notch.",
        "They knocked the bill down by half and my rating went back up to four stars.",
        "Once the heating was fixed the stars went back up.",
        "Knock the bill down by half and I'll come back.",
        "When I searched, the review comes up first on Google.",
        "My rating goes back up when the heating works.",
    ])
    func pastCutOrRiseIsNoDemand(_ review: String) {
        #expect(!SignalTestSupport.has(.demand, review))
    }

    @Test("A value that would go a long way towards a review action is a demand", arguments: [
        "A discount on my next booking would go a long way towards me removing this.",
        "A free night would go a long way toward me changing my rating.",
        "£50 back would go a long way towards this review disappearing.",
        "Some compensation would go a long way to me updating this review.",
    ])
    func valueGoingALongWayTowardsReviewActionIsADemand(_ review: String) {
        #expect(SignalTestSupport.has(.demand, review))
    }

    @Test("Going a long way with no review action, or in the past, is not a demand", arguments: [
        "A discount would go a long way, the room was filthy.",
        "A refund would go a long way towards making this right.",
        "Their apology went a long way towards me changing my review.",
        "A refund would have gone a long way towards a better review.",
    ])
    func longWayWithoutReviewActionIsNoDemand(_ review: String) {
        #expect(!SignalTestSupport.has(.demand, review))
    }
}
