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
