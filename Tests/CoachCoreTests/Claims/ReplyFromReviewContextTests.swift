import CoachCore
import Testing

/// What the reply takes from the review and the owner's answers beyond the claims: the kind of
/// practice the review names when the owner has not said their industry, the owner's typed
/// details checked before they go in, and a true claim the owner does not call a fault explained
/// rather than apologised for.
@Suite struct ReplyFromReviewContextTests {
    static let catalog = shippedCatalog()

    @Test(arguments: [
        ("This dentist charged me twice for one filling.", Industry.healthcare),
        ("Worst dental practice in town, the hygienist was rough.", .healthcare),
        ("The physiotherapist never called me back about my knee.", .healthcare),
        ("Our accountant filed the return late and we got a fine.", .professional),
        ("Food poisoning: I ended up in hospital and the doctor said it was the chicken.", nil),
        ("Cold soup, rude staff. My lawyer will hear about this.", nil),
        ("My appointment for a colour was an hour late and the treatment room was dirty.", nil),
    ] as [(String, Industry?)])
    func theReviewsOwnWordsShowAConfidentialIndustry(review: String, industry: Industry?) {
        #expect(Industry.implied(by: review) == industry, "\(review)")
    }

    @Test func aDentistsReviewAnsweredWithoutAnIndustryConfirmsNoPatient() {
        let review = "This dentist charged me $400 for a filling that fell out a week later."
        let a = ClaimReplyTests.assess(review)
        #expect(a.composed.full.contains(Self.catalog.text("reply.privacy.healthcare")), "\(a.composed.full)")
        #expect(!a.composed.full.contains("filling"), "\(a.composed.full)")
        #expect(a.replyFindings.isEmpty, "\(a.replyFindings)")
    }

    @Test func aTypedDetailWithFindingsIsLeftOutAndShownToTheOwner() {
        let detail = "he missed his appointments and was referred for a root canal"
        let a = ClaimReplyTests.assess("Terrible experience with this dentist.", details: ReplyDetails([.whatWentWrong: detail]))
        #expect(!a.composed.full.contains("root canal"), "\(a.composed.full)")
        #expect(a.composed.heldBack.map(\.note) == [detail])
    }

    @Test func aCleanTypedDetailGoesIntoTheReply() {
        let a = ClaimReplyTests.assess("The soup was cold.", details: ReplyDetails([.whatWentWrong: "the cold soup"]))
        #expect(a.composed.full.contains("the cold soup"), "\(a.composed.full)")
        #expect(a.composed.heldBack.isEmpty)
    }

    static let fee = "They charged me a $60 call-out fee for a ten-minute job."
    static let noFault = OwnerFacts(customerFound: .yes, ourFault: .no, demand: .no, abusive: .no)

    @Test func aTrueClaimTheOwnerCallsNoFaultIsExplainedNotApologisedFor() {
        let note = "our call-out fee is $60 for any visit, and we say so when you book"
        let a = ClaimReplyTests.assess(Self.fee, owner: Self.noFault, answers: .given(["billing": ClaimAnswer(stance: .true, note: note)]))
        #expect(a.composed.full.contains(Self.catalog.text("claim.explained.note", ["topic": Self.catalog.text("claim.billing.topic")])), "\(a.composed.full)")
        #expect(a.composed.full.contains("Our call-out fee is $60"), "\(a.composed.full)")
        #expect(!a.composed.full.contains(Self.catalog.text("claim.billing.true")), "\(a.composed.full)")
        #expect(!a.composed.full.lowercased().contains("sorry"), "\(a.composed.full)")
    }

    @Test func aTrueClaimTheOwnerCallsNoFaultWithoutANoteOffersToExplain() {
        let a = ClaimReplyTests.assess(Self.fee, owner: Self.noFault, answers: .given(["billing": ClaimAnswer(stance: .true)]))
        #expect(a.composed.full.contains(Self.catalog.text("claim.explained", ["topic": Self.catalog.text("claim.billing.topic")])), "\(a.composed.full)")
        #expect(!a.composed.full.lowercased().contains("sorry"), "\(a.composed.full)")
    }

    @Test func aTrueClaimIsStillApologisedForWhenTheOwnerOwnsAFault() {
        let owner = OwnerFacts(customerFound: .yes, ourFault: .yes, demand: .no, abusive: .no)
        let a = ClaimReplyTests.assess(Self.fee, owner: owner, answers: .given(["billing": ClaimAnswer(stance: .true)]))
        #expect(a.composed.full.contains(Self.catalog.text("claim.billing.true")), "\(a.composed.full)")
    }
}
