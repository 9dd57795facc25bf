import CoachCore
import CoachPrompts
import Testing

/// Sub-kinds of a threat or a troll, each with the evidence that decided it.
@Suite struct SubkindTests {
    let catalog = try! PromptCatalog(files: EmbeddedPrompts.files)

    func subkind(_ review: String, owner: OwnerFacts = OwnerFacts()) -> Subkind? {
        Assessment(signals: SignalDetector.detect(in: review), owner: owner, details: ReplyDetails(), catalog: catalog).subkind?.kind
    }

    @Test func aGenuineGrievanceHasNoSubkind() {
        #expect(subkind("The soup was cold and the waiter was rude.") == nil)
    }

    @Test func theReviewersOwnDemandIsACustomerDemand() {
        #expect(subkind("Refund me or the 1 star stays.") == .customerDemand)
    }

    @Test func aPaymentChannelMakesAnExtortionScam() {
        #expect(subkind("We left negative feedback. To have it removed, send us a Google Play gift card worth $75.") == .extortionScam)
    }

    @Test func aCountOfReviewsFromAFoundCustomerIsTheirOwnDemand() {
        let review = "Refund me $200 or I'll post 10 more one-star reviews."
        #expect(subkind(review) == .extortionScam)
        #expect(subkind(review, owner: OwnerFacts(customerFound: .yes)) == .customerDemand)
    }

    @Test func aThirdPartyIsAScamEvenWhenTheOwnerFoundTheCustomer() {
        let review = "Someone ordered me to post 20 negative reviews on your business."
        #expect(subkind(review, owner: OwnerFacts(customerFound: .yes)) == .extortionScam)
    }

    @Test func aThirdPartyMakesAnExtortionScam() {
        #expect(subkind("Someone ordered me to post 20 negative reviews on your business.") == .extortionScam)
    }

    @Test(arguments: [
        ("Former employee here. Management is toxic and they don't pay overtime.", Subkind.conflictOfInterest),
        ("If you want real cupcakes, come to us instead, we bake fresh every morning!", .conflictOfInterest),
        ("Oops, meant to review Luigi's in Brooklyn, not this one. Their pasta was awful.", .wrongBusiness),
        ("Boycott! The owner donated to that candidate.", .offTopic),
        ("I've never been to this place but it looks dirty.", .neverCustomer),
    ])
    func aTrollCueNamesTheSubkind(review: String, expected: Subkind) {
        #expect(subkind(review) == expected)
    }

    @Test func abuseAloneWithNoRecordIsAbuseOnly() {
        #expect(subkind("You are all idiots and morons.", owner: OwnerFacts(customerFound: .no, ourFault: .no)) == .abuseOnly)
    }

    @Test func noRecordAndNoCueIsNoRecord() {
        #expect(subkind("Terrible place.", owner: OwnerFacts(customerFound: .no, ourFault: .no)) == .noRecord)
    }

    @Test("A rival's words in a report of what happened are no pitch", arguments: [
        "A waitress came to us after forty minutes and said the kitchen had closed.",
        "Nobody came to us for half an hour, then the manager came to us and shrugged.",
    ])
    func aReportOfWhatHappenedIsNoRivalPitch(review: String) {
        #expect(subkind(review) == nil)
    }

    @Test func abuseAloneNeverMakesATroll() {
        #expect(subkind("The manager is an idiot and the food was cold.") == nil)
    }
}
