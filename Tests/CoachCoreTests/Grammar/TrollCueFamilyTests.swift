import CoachCore
import CoachPrompts
import Testing

/// The troll cue families read on the engine (issue 12): each rule with several phrasings
/// written for this test, and the genuine near misses that must stay genuine.
@Suite struct TrollCueFamilyTests {
    let catalog = try! PromptCatalog(files: EmbeddedPrompts.files)

    func subkind(_ review: String) -> Subkind? {
        Assessment(signals: SignalDetector.detect(in: review), owner: OwnerFacts(), details: ReplyDetails(), catalog: catalog).subkind?.kind
    }

    @Test("The writer's past job at this place is a conflict of interest", arguments: [
        "I was a dishwasher here for a summer. The kitchen is a mess and the owner yells.",
        "I was the assistant manager until they pushed me out. Avoid.",
        "As someone who used to work the register here, I can tell you they skim the tips.",
        "I used to manage this gym. Half the machines have been broken for years.",
        "Got let go after three years with no notice. Tells you everything.",
        "The boss still owes me my final paycheck, so think twice before you hand them your money.",
    ])
    func aPastJobIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("The writer's own business with an invitation to it is a conflict of interest", arguments: [
        "Why wait two weeks for them? My shop fixes phones the same day. Call us.",
        "We at Evergreen Landscaping redo their lawns every spring. Give us a call instead.",
        "Owner of the bakery across the road here. Our bread is baked at dawn, come see us.",
    ])
    func ownBusinessAndInvitationIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("The writer's own business set against this one is a conflict of interest", arguments: [
        "I run a catering company in the same town and their buffet is a joke.",
        "Speaking as the owner of the other florist on the high street: their roses are imported and old.",
        "We own a garage down the road and fix their botched repairs every week.",
    ])
    func ownBusinessAgainstThisOneIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("The writer's personal tie to the owner is a conflict of interest", arguments: [
        "My ex-husband owns this garage. He cheats everyone, just like he cheated me.",
        "Ask the owner's ex how generous he really is.",
        "I was a business partner here until the split. It has gone downhill since.",
        "Years working here taught me never to eat the fish.",
    ])
    func aPersonalTieIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("A customer who mentions a job or a rival after a real visit stays genuine", arguments: [
        "I work in hospitality myself and I was shocked: we waited an hour and our server never came back.",
        "We ordered the ribs and they were cold. The place across the street is better, we will go there next time.",
        "The manager was rude when I asked for the bill. Nobody called us back about the deposit either.",
        "My husband was a line cook for years and even he could not eat the burger we were served.",
        // a past job at another business: an indefinite place right after it
        "I used to manage a bakery myself, so I know a stale croissant when I'm served one. These were stale.",
        "When I worked at a garage we never charged for a quote. They charged me forty pounds for one.",
        // a neighbour or a partner of the writer's, not of the owner's
        "We live in the same area and came for my partner's birthday. The steak was raw.",
        "My partner and I ordered the set menu down the road from our hotel; two dishes never came.",
    ])
    func aCustomerMentioningAJobOrARivalStaysGenuine(review: String) {
        #expect(subkind(review) == nil)
    }

    @Test("A review meant for another business is wrong business", arguments: [
        "This was meant for the Harbor Grill on the pier, not this one. The fish was off.",
        "Meant to post this on the gym next door, which charged me twice.",
        "I'm talking about the car rental desk in the lobby, not the hotel. They lost my booking.",
        "The laundromat in the basement has no listing, so: the machines eat your coins.",
    ])
    func aReviewMeantForAnotherBusinessIsWrongBusiness(review: String) {
        #expect(subkind(review) == .wrongBusiness)
    }

    @Test("A customer leaving a warning here stays genuine", arguments: [
        "We booked two nights and the room was filthy. I'm leaving this here so others know what to expect.",
        "Our order was wrong twice. This review is for the delivery service only, the food itself was fine.",
    ])
    func aCustomerLeavingAWarningStaysGenuine(review: String) {
        #expect(subkind(review) == nil)
    }

    @Test("A cause, an event or politics in a review that tells of no visit is off topic", arguments: [
        "Their parent company funds the pipeline. One star.",
        "The owner posted nonsense about the election on his page. Shameful.",
        "Saw the viral video of the manager. Everyone leave one star.",
        "One star in solidarity with the nurses on strike downtown.",
        "Vote no on the new stadium tax, tell your friends!",
    ])
    func aCauseWithNoVisitIsOffTopic(review: String) {
        #expect(subkind(review) == .offTopic)
    }

    @Test("A cause in a review that tells of a visit stays genuine", arguments: [
        "We went for lunch and the staff argued about the election the whole time while our food went cold.",
        "I ordered the soup, and the TV was blaring the football team's game so loud we could not talk.",
    ])
    func aCauseWithAVisitStaysGenuine(review: String) {
        #expect(subkind(review) == nil)
    }

    @Test("The writer saying they never used the business is never a customer", arguments: [
        "Zero experience with this garage, but the sign out front is a disgrace.",
        "I've never had my nails done here but the prices posted outside are insane.",
        "Never went. Never going to. The music from the patio keeps the whole street awake.",
        "I have never been a client of this firm and I never will be, their adverts are everywhere.",
        "We were going to book our wedding here but read the reviews and changed our minds. One star.",
    ])
    func sayingSoIsNeverACustomer(review: String) {
        #expect(subkind(review) == .neverCustomer)
    }

    @Test("A promise, advice or a return is not never a customer", arguments: [
        "The steak was raw. I will never go there again.",
        "Never use them! They overcharged my mother for a simple repair.",
        "I had never been inside before last night, and the host was lovely, but the food was cold.",
        "I was going to order the lamb but changed my mind, and the fish I got was dry.",
    ])
    func aPromiseAdviceOrAReturnIsNotNeverACustomer(review: String) {
        #expect(subkind(review) != .neverCustomer)
    }

    @Test("An advert without a web address is spam", arguments: [
        "Get paid to test apps at home, no experience needed! Sign up free today.",
        "URGENT: your parcel is held at the depot. Call 0800 123 4567 to reschedule.",
        "sub my channel for daily fishing videos, I sub back!!",
    ])
    func anAdvertWithoutAWebAddressIsSpam(review: String) {
        #expect(subkind(review) == .spam)
    }

    @Test("A customer's call or reply in the past is no advert", arguments: [
        "I called 0161 496 0000 three times and nobody picked up. The urgent repair was never done.",
        "They never replied to my email about the free upgrade they promised.",
    ])
    func aPastCallIsNoAdvert(review: String) {
        #expect(subkind(review) == nil)
    }

    @Test("An invitation to the writer's own channel or work is spam", arguments: [
        "Go to my channel for the funniest cat clips!!",
        "pls listen to my new remix, took me ages",
        "Everyone look at my videos, I post every friday",
        "If I get 200 subscribers I will film myself eating a ghost pepper",
    ])
    func anInvitationToOwnWorkIsSpam(review: String) {
        #expect(subkind(review) == .spam)
    }

    @Test("A customer pointing to their own evidence after a visit is no advert", arguments: [
        "We ate there on Friday and found a mouse. Watch my video of it running across the floor.",
        "I stayed two nights; look at my photos of the mouldy shower before you book.",
    ])
    func ownEvidenceAfterAVisitIsNoAdvert(review: String) {
        #expect(subkind(review) == nil)
    }

    @Test("A phone number offered instead of this business is spam, a comparison is not", arguments: [
        ("Don't bother, ring Sue on 01632 960123 instead, half the price.", true),
        ("Ring them on 01632 960123 instead of emailing, emails go nowhere.", false),
    ])
    func aPhoneNumberOfferedInsteadIsSpam(review: String, isSpam: Bool) {
        #expect((subkind(review) == .spam) == isSpam)
    }
}
