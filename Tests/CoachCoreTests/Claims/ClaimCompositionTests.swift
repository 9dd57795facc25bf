import CoachCore
import Testing

/// Claims composed of a topic and a fault in one clause (`claim-<category>-topic.txt` and
/// `-fault.txt`), verbs matched in every form, and complaints taken back later in their sentence.
/// The rows are written for these tests, several phrasings per family, none from the eval sets.
@Suite struct ClaimCompositionTests {
    static func categories(_ review: String) -> [ClaimCategory] {
        ClaimFinder.shipped.claims(in: review).map(\.category)
    }

    static let composed: [(ClaimCategory, String)] = [
        (.cleanliness, "The towels smelled of damp."),
        (.cleanliness, "Greasy fingerprints on every table."),
        (.cleanliness, "The changing room floor was covered in hair."),
        (.waitTime, "We sat for 50 minutes before anyone came over."),
        (.waitTime, "Check-in took 35 minutes."),
        (.waitTime, "Our appointment started 40 mins late."),
        (.waitTime, "We queued for over an hour in the sun."),
        (.communication, "My emails went unanswered for a month."),
        (.communication, "The complaint letter got no reply."),
        (.billing, "The refund is still processing after six weeks."),
        (.billing, "The invoice was $300 more than quoted."),
        (.billing, "They charged the full price for a cancelled class."),
        (.staffConduct, "The receptionist just sighed at us."),
        (.staffConduct, "The barista was chatting to friends the whole time."),
        (.staffConduct, "The owner laughed when I showed him the stain."),
        (.safetyInjury, "He sprained his ankle on the loose step."),
        (.safetyInjury, "The dog came back with bruised paws."),
        (.safetyInjury, "Her lip was swollen for days after the filler."),
    ]

    @Test(arguments: composed)
    func aTopicWithAFaultInItsClauseIsAClaim(_ category: ClaimCategory, _ sentence: String) {
        #expect(Self.categories(sentence).contains(category), "\(Self.categories(sentence))")
    }

    @Test(arguments: [
        "The bathroom had a rain shower and a deep tub.",
        "We waited in the garden with a drink.",
        "I emailed them about parking and they sent a map.",
        "The receptionist checked us in.",
        "We spent hours by the pool.",
    ])
    func aTopicAloneOrAFaultAloneIsNoClaim(_ review: String) {
        #expect(Self.categories(review).isEmpty, "\(Self.categories(review))")
    }

    @Test func aFaultInAnotherClauseMakesNoClaimOfTheTopic() {
        #expect(!Self.categories("The bathroom was lovely, the neighbour's dog smelled.").contains(.cleanliness))
    }

    @Test(arguments: ["If I don't get my money back I'm posting this everywhere.", "If they do not refund the deposit, I will go to small claims.",
                      "In case I don't get my money back by Friday, I'll call my bank."])
    func aFailureSupposedUnderIfIsNoBillingClaim(_ review: String) {
        #expect(!Self.categories(review).contains(.billing))
    }

    @Test(arguments: ["I never got my deposit back.", "I did not get my money back, and nobody called."])
    func aFailureReportedIsABillingClaim(_ review: String) {
        #expect(Self.categories(review).contains(.billing))
    }

    @Test func aNegatedFaultIsNoClaim() {
        let categories = Self.categories("The bathroom did not smell at all. We did not wait more than five minutes.")
        #expect(categories.isEmpty, "\(categories)")
    }

    @Test(arguments: [
        "The prices are steep but worth every penny.",
        "We waited 40 minutes but it was worth the wait.",
    ])
    func aComplaintTakenBackLaterInItsSentenceIsNoClaim(_ review: String) {
        #expect(Self.categories(review).isEmpty, "\(Self.categories(review))")
    }

    @Test func praiseBeforeAComplaintTakesNothingBack() {
        #expect(Self.categories("Worth it for the view, though the room was filthy.") == [.cleanliness])
        #expect(Self.categories("Not worth it. The prices are steep.") == [.price])
    }

    @Test func praiseBesideAComplaintLeavesOnlyTheComplaint() {
        #expect(Self.categories("Clean rooms but rude staff.") == [.staffConduct])
        #expect(Self.categories("No bugs, nothing dirty, just hopelessly overpriced.") == [.price])
    }

    @Test(arguments: ["The manager screams at the staff.", "The manager screamed at us.", "The manager was screaming at a child."])
    func everyFormOfAVerbMatches(_ review: String) {
        #expect(Self.categories(review) == [.staffConduct], "\(Self.categories(review))")
    }
}
