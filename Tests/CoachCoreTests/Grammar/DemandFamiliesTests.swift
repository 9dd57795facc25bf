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

    @Test("'Put' a review up, on or on a site is a review action like 'post'", arguments: [
        "If I don't get my £75 refunded I'll put a much worse review on.",
        "Refund the deposit or I'll put a one star review on Google.",
        "Unless the fee comes off my bill, I'm putting this review on Tripadvisor too.",
    ])
    func puttingAReviewUpIsAReviewAction(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("'Put' without a review near it is no review action", arguments: [
        "They put us at a table by the toilets unless we paid for a better one.",
        "If they had put the heating on, I would have stayed longer.",
    ])
    func puttingAnythingElseIsNoReviewAction(review: String) {
        #expect(!grammarFinds(review))
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

    @Test("A French, Dutch, Italian or Spanish demand is read through that language's words of the concepts", arguments: [
        "Payez 200 euros et en échange nous supprimons les avis négatifs.",
        "Betaal 300 euro, anders plaatsen we meer negatieve recensies.",
        "Overweeg 50 euro te betalen, dan verwijder ik mijn recensie.",
        "Pagate 200 euro e poi cancelliamo le recensioni negative.",
        "Si no pagan 300 euros, vamos a publicar opiniones negativas.",
    ])
    func aDemandInAnotherLanguageIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A complaint in another language, or English with a name like Dan, asks nothing", arguments: [
        "Le service était lent et les plats froids, je ne reviendrai pas.",
        "De kamer was vies en het personeel onvriendelijk, nooit meer.",
        "As I said, Dan the manager was lovely but the food was cold and we paid 40 euros.",
    ])
    func aComplaintInAnotherLanguageIsNoDemand(review: String) {
        #expect(!grammarFinds(review))
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

    @Test("Value named before 'or' or 'otherwise' with an action on reviews right after it is a demand", arguments: [
        "Either the refund is processed or I'm posting this on Google, Yelp and Nextdoor.",
        "I expect a refund, otherwise I'll be telling everyone on Facebook.",
        "a free night or a 1 star on booking.com, you decide",
        "GIVE ME BACK ONE NIGHT OR I PUT THIS ON TRIPADVISOR.",
    ])
    func valueOrAReviewActIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("Value on one side of an equals sign or a paired 'no ..., no ...' and the review on the other is a demand", arguments: [
        "Money back = 5 stars. No money back = this stays forever.",
        "No refund = 1 star review on every platform.",
        "No voucher, no retraction. Simple as that.",
    ])
    func anEquationOfValueAndTheReviewIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("The reader offered this review's removal, then a price, is a demand", arguments: [
        "You want this review gone? Refund the $80.",
        "Wanna know how to get rid of this review? Comp our dinner.",
        "If you'd like this review taken down, you know what to do: £75 back in my account.",
    ])
    func anOfferedRemovalThenAPriceIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("Value said to go a long way or do wonders for the review is a demand", arguments: [
        "A refund of the deposit would go a long way towards this review being taken down.",
        "A free redo would go a long way toward a better rating from me.",
        "I'm sure a nice fat refund would do wonders for your rating. Be a shame if this stayed up all summer.",
    ])
    func valueThatGoesALongWayIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A deadline given to the business for a service or value, then the review, is a demand", arguments: [
        "You have 48 hours to comp our meal. After that it's going on Tripadvisor.",
        "Giving you till the end of the week to replace the cracked tiles. After that the photos go up on Google.",
        "Would you consider a full refund? If so, I'd be very happy to amend this review.",
    ])
    func aDeadlineOrAQuestionForValueIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("The business's refusal as the condition, or a removal with no subject before a condition, is a demand", arguments: [
        "You don't pay, the photos go on Airbnb and Google Maps too.",
        "Deleted the second the refund lands. Not a minute before.",
        "Still happy to take it down if you refund us.",
    ])
    func aRefusalOrABareRemovalUnderAConditionIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A request joined to 'and they disappear', 'and this review goes' or 'I'll bin this review' is a demand", arguments: [
        "£300 into the account below and they disappear.",
        "Credit my account for the outage and this review goes.",
        "Pay what was asked and these go away.",
        "Bin the delivery charge off my invoice and I'll bin this review.",
        "Send someone round TODAY to fix the boiler and I'll take this down.",
    ])
    func aRequestJoinedToTheReviewGoingIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("Photos put on a platform or attached to the review under a condition on value is a demand", arguments: [
        "Be a real shame if these photos ended up on Tripadvisor. Easily avoided: a full refund.",
        "They'll be attached to this review by Friday unless someone contacts me about compensation.",
    ])
    func photosOnTheReviewForValueAreADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("Going on or raising the price, with a sum, a count or the business named, is a demand", arguments: [
        "We can keep doing this indefinitely. Is $75 worth more to you than a loss to the business?",
        "I'll keep doing it. I've got 40 more I can put up.",
        "If you don't pay the money now I'll increase the amount, day by day.",
        "I'll do that until I get the money from you.",
    ])
    func escalationWithASumOrACountIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A scam offering removal for payment, or a third party paid before a conditional review action, is a demand", arguments: [
        "Your page is under review attack from our team. Send 0.01 ETH to our wallet and we will remove all.",
        "You had good reviews before. We did this. We can undo it. 100$ PayPal.",
        "5StarFix removes negative Google and Yelp reviews permanently. $99 per review, pay by gift card or crypto.",
        "I told you I would remove them all and change them to five stars. Can you help me?",
        "Einer deiner Konkurrenten hat uns Geld gezahlt um deinen Ruf zu zerstören. Solltest du dies nicht tun, schreiben wir jeden Tag eine Bewertung.",
    ])
    func aScamOfferOrAPaidThirdPartyIsADemand(review: String) {
        #expect(grammarFinds(review))
    }

    @Test("A link, an 'or' or a price with no tie to a review action to come is no demand", arguments: [
        "I called to ask for a refund and they hung up on me. I've left reviews on Google and Yelp too.",
        "I wasn't looking for any discount or freebie, all I wanted to do was give feedback to the manager so he knows.",
        "Paid just under $200 for a deluxe king. Not a 3 or 4 star staffing.",
        "A staff member actually asked me for 5 stars in exchange for a free coffee. I'm giving an honest 2.",
        "We will keep doing our own nails from now on. $60 wasted.",
        "I'll update this review if they ever call me back.",
    ])
    func aLinkOrAPriceWithoutAReviewActionIsNoDemand(review: String) {
        #expect(!grammarFinds(review))
    }
}
