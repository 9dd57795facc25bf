import CoachCore
import Testing

/// The claim finder: each category is found in a sentence that makes it, quoted as written,
/// a denial is no claim, and the serious ones come first.
@Suite struct ClaimFinderTests {
    /// One review sentence per category that an owner would read as that allegation.
    static let rows: [(ClaimCategory, String)] = [
        (.foodSafety, "Two of us got food poisoning after the seafood platter."),
        (.safetyInjury, "My son slipped on the wet floor and needed stitches."),
        (.pests, "We found bedbugs in the mattress."),
        (.discrimination, "They refused my service dog at the door."),
        (.cleanliness, "The bathroom was filthy."),
        (.privacy, "The receptionist shared my personal details with a stranger."),
        (.damageTheft, "The movers scratched my piano."),
        (.staffConduct, "The manager was incredibly rude to my mother."),
        (.outcome, "The repair didn't work and the tap is still leaking."),
        (.quality, "The steak was bland and overcooked."),
        (.delivery, "Half the order was missing when the driver left."),
        (.billing, "We were charged twice for the same meal."),
        (.booking, "They lost our reservation for the anniversary dinner."),
        (.waitTime, "We waited over an hour for our mains."),
        (.communication, "I left three voicemails and nobody called back."),
        (.policy, "They would not let us in without ID even though we are all over forty."),
        (.price, "Way too expensive for such small plates."),
        // the families of phrasings beyond the first row of each category
        (.foodSafety, "My stomach was in knots and I was up all night after the curry."),
        (.foodSafety, "The yoghurt smelled off and I spent the evening on the toilet."),
        (.price, "£40 for a bowl of soup is absurd."),
        (.price, "Breakfast was extra, on top of paying for £300 a night."),
        (.communication, "Still no update on my claim after three weeks."),
        (.communication, "They never return my calls and my emails get bounced back."),
        (.outcome, "Two sessions later my shoulder is no better."),
        (.outcome, "The boiler was serviced on Monday and the warning light is still on."),
        (.outcome, "The gutter they sealed was leaking again after one storm."),
        (.privacy, "The clinic sold my email address to a marketing firm."),
        (.privacy, "The nurse read my test results out loud at the desk."),
        (.pests, "There was something crawling on the pillow."),
        (.safetyInjury, "The peel left blisters all over my face."),
        (.staffConduct, "The cashier was on her phone the whole time."),
        (.staffConduct, "The foreman said it was not my problem and walked off."),
        (.discrimination, "The bouncer let the white customers straight in."),
        (.waitTime, "The queue at the till barely moved."),
        (.booking, "By the time we arrived they had given it away."),
        (.policy, "They said I had to close the account in person at the branch."),
        (.damageTheft, "The movers smashed the glass tabletop."),
        (.quality, "The cabinet doors are flimsy and uneven."),
        (.cleanliness, "The plates had dried food stuck to them."),
        (.delivery, "Ordered a sofa six weeks ago and still nothing."),
    ]

    @Test(arguments: rows)
    func eachCategoryIsFoundAndQuoted(_ category: ClaimCategory, _ sentence: String) {
        let claims = ClaimFinder.shipped.claims(in: "Visited last week. " + sentence)
        let claim = claims.first { $0.category == category }
        // the quote is the sentence as written, up to its closing punctuation
        #expect(claim.map { sentence.dropLast() == $0.text } == true, "\(category) in \(claims)")
    }

    @Test func everyCategoryHasARowAndALexiconConcept() {
        #expect(Set(Self.rows.map(\.0)) == Set(ClaimCategory.allCases))
        for category in ClaimCategory.allCases { #expect(category.concept != nil, "no lexicon/concepts/claim-*.txt for \(category)") }
    }

    @Test func aDenialIsNoClaim() {
        let claims = ClaimFinder.shipped.claims(in: "The room was not dirty and there were no bedbugs. The staff were not rude.")
        #expect(claims.isEmpty, "\(claims)")
    }

    @Test func aNameOrPraiseHoldingAClaimWordIsNoClaim() {
        let claims = ClaimFinder.shipped.claims(in: "The waiting room was calm and the wait staff were kind. The price was fair.")
        #expect(claims.isEmpty, "\(claims)")
    }

    /// A lexicon word whose regular English form is another lexicon word ("pubes", "pub") would
    /// make every mention of the shorter one a claim.
    @Test func aPlaceNamedInPassingIsNoClaim() {
        let claims = ClaimFinder.shipped.claims(in: "This pub used to be fantastic and I visited regularly. The bar and the shop next door too.")
        #expect(claims.isEmpty, "\(claims)")
    }

    @Test func aComplaintSaidInTheNegativeIsStillAClaim() {
        let claims = ClaimFinder.shipped.claims(in: "My parcel never arrived and nobody answered the phone.")
        #expect(claims.map(\.category).contains(.delivery))
        #expect(claims.map(\.category).contains(.communication))
    }

    @Test func safetyAndHealthComeFirstThenTheOthersInTheReviewsOrder() {
        let review = "Way too expensive. The waiter was rude. Then I got sick after the oysters."
        let claims = ClaimFinder.shipped.claims(in: review)
        #expect(claims.map(\.category) == [.foodSafety, .price, .staffConduct])
        #expect(claims.map(\.id) == ["c1", "c2", "c3"])
    }

    @Test func eachCategoryIsClaimedOnce() {
        let claims = ClaimFinder.shipped.claims(in: "Rude waiter. Rude manager. Rude host.")
        #expect(claims.count == 1)
    }
}
