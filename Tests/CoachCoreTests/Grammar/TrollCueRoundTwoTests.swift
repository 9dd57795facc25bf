import CoachCore
import CoachPrompts
import Testing

/// The second round of troll cue families (issue 12), each with phrasings written for this test:
/// a past job or a tie to the owner said without "I was a ...", a page named as another
/// business's, the business cleared or a call to rate, judging from outside, a bare or elided
/// denial, an advert's call to act; and the genuine near misses that must stay genuine.
@Suite struct TrollCueRoundTwoTests {
    let catalog = try! PromptCatalog(files: EmbeddedPrompts.files)

    func subkind(_ review: String) -> Subkind? {
        Assessment(signals: SignalDetector.detect(in: review), owner: OwnerFacts(), details: ReplyDetails(), catalog: catalog).subkind?.kind
    }

    @Test("A past job said as a verb or a former post opening the sentence is a conflict of interest", arguments: [
        "Used to run the kitchen here. The fridges are never cleaned.",
        "Former head chef. They reuse the fryer oil for weeks.",
        "Ex bar staff here, and the owner waters down the gin.",
    ])
    func aPastJobAsAVerbOrFormerPostIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("A spell of work with its length is a conflict of interest", arguments: [
        "Did three summers behind the bar here and the cellar is filthy.",
        "Worked there for six years and they never paid overtime.",
    ])
    func aSpellOfWorkWithItsLengthIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("A love or marriage tie to the owner is a conflict of interest", arguments: [
        "Was married to the owner for a decade. He lies about everything.",
        "Went out with the manager for a year, trust me he is a cheat.",
    ])
    func aLoveTieToTheOwnerIsAConflictOfInterest(review: String) {
        #expect(subkind(review) == .conflictOfInterest)
    }

    @Test("\"Wrong\" before a business's name is a review for another business", arguments: [
        "Wrong Patel's, sorry, the one on Mill Lane charged me twice.",
    ])
    func wrongBeforeANameIsAWrongBusiness(review: String) {
        #expect(subkind(review) == .wrongBusiness)
    }

    @Test("The page or listing named as another business is a review for another business", arguments: [
        "This listing is the Leeds branch but it was the Bradford one that lost my parcel.",
        "Just realised this is the dentist's page and the pharmacy is upstairs. Still, awful.",
        "My review is for the garage, not the car wash: realise this is the wrong one.",
        "There are two firms with the same name and I can't tell which this is. Bad either way.",
    ])
    func thePageNamedAsAnotherBusinessIsAWrongBusiness(review: String) {
        #expect(subkind(review) == .wrongBusiness)
    }

    @Test("The business cleared of the fault, or a call to rate it together, is off topic", arguments: [
        "Not the cafe's fault, but the bus stop outside is a disgrace. One star.",
        "One star each from all of us in the group chat, let's get them under 2.",
        "Everyone from the forum thread, justice for the dog.",
    ])
    func theBusinessClearedOrACallToRateIsOffTopic(review: String) {
        #expect(subkind(review) == .offTopic)
    }

    @Test("A cause (prices, the climate) in a review of no visit is off topic", arguments: [
        "The price of petrol in this country is a joke. 1 star.",
        "Climate change is coming for us all. One star.",
    ])
    func aCauseInAReviewOfNoVisitIsOffTopic(review: String) {
        #expect(subkind(review) == .offTopic)
    }

    @Test("Judging from outside, without going in, is never a customer", arguments: [
        "1 star based on the street view. Looks tired.",
        "Walked past last week and the windows were filthy. One star.",
        "From the look of their website I would never go.",
        "Not a customer, I just work next door. Their bins stink.",
    ])
    func judgingFromOutsideIsNeverACustomer(review: String) {
        #expect(subkind(review) == .neverCustomer)
    }

    @Test("A bare, elided or disowned denial of a visit is never a customer", arguments: [
        "Didn't eat, didn't drink, just used the toilet and it was gross.",
        "Nobody I know has been here and I certainly haven't, but it looks grim.",
        "My brother went, not me, and he says the rooms stink.",
    ])
    func aBareOrElidedDenialIsNeverACustomer(review: String) {
        #expect(subkind(review) == .neverCustomer)
    }

    @Test("An advert's call to act (a number, a code, a profile link, an address) is spam", arguments: [
        "Quick loans, bad credit OK. Text CASH to 80080 now.",
        "Hot singles near you tonight, link in my profile",
        "Logo design from £49! Get noticed today. www.logos-example.com",
        "Whiten your teeth at home, text 07700 900456 for 30% off your first kit",
        "DM me to make $3,000 a week from home",
    ])
    func anAdvertsCallToActIsSpam(review: String) {
        #expect(subkind(review) == .spam)
    }

    @Test("A review that tells of dealings with the business, or names a past job or an award in passing, stays genuine", arguments: [
        "We had booked for eight, waited forty minutes and left. So no, we didn't eat here, but the booking was ignored.",
        "Only ever dealt with them over email, never been to the office, and the paperwork is still wrong.",
        "Came in after seeing them win an award in the paper. The eggs were cold.",
        "Useless cowboys. Left a leak that flooded our hallway.",
        "I thought this was the best pizza in town until last night.",
        "The manager who used to run the place was lovely, the new one is rude.",
        "Our former stylist was great, the new one burned my scalp.",
        "We always order through the app and last night the order was missing a main. Never set foot in the restaurant itself.",
        "Not the waiter's fault, but we waited an hour for mains.",
        "I show up for my booking and they had given the table away.",
    ])
    func dealingsToldOrTheBusinessNamedInPassingStayGenuine(review: String) {
        #expect(subkind(review) == nil)
    }
}
