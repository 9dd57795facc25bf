@testable import CoachCore
import CoachText
import Testing

/// The engine's never-a-customer rules on their own (the old token-window parser still runs
/// beside them in `SignalDetector`): a visit the writer denies, and hearsay alone.
@Suite struct DeniedVisitTests {
    static func engineReadsNeverCustomer(_ review: String) -> Bool {
        TrollCues(TextAnalysis(review, lexicon: Vocabulary.shipped.lexicon)).neverCustomerSentence() != nil
    }

    @Test("A visit the writer denies is read as never a customer by the engine", arguments: [
        "Never been here and never will, the sign outside is ugly.",
        "I haven't actually eaten here but my neighbour says it's overpriced so 1 star.",
        "Didn't even go in, the queue was too long.",
        "Have not eaten here, never will.",
        "I have never set foot in this salon. But I've heard the stories.",
        "Never ordered from them, one star because their van parked in the disabled bay again.",
        "Haven't tried it and don't plan to.",
        "I never eat here but my wife says it's bad.",
        "i havent eaten here, but judging by the smell from the street i never will",
    ])
    func deniedVisit(_ review: String) {
        #expect(Self.engineReadsNeverCustomer(review))
    }

    @Test("A denial that is no denial of a visit is not read as never a customer", arguments: [
        "I have never stayed at a hotel so ghetto.",
        "This wasn't my first visit however it will be my last.",
        "With beer at $7-8, we decided not to buy anything.",
        "I didn't try it, as I do not eat buffalo.",
        "But no staff was in sight.",
        "I had never been there, so I made reservations two weeks in advance.",
        "Haven't been in years but it used to be great.",
        "After spending that much, am I not a customer too?",
        "I've never had a meal here that was hot.",
        "We will not be returning, though I was comped for my meal only.",
    ])
    func notADeniedVisit(_ review: String) {
        #expect(!Self.engineReadsNeverCustomer(review))
    }

    @Test("Hearsay from an acquaintance, with no visit told, is read as never a customer", arguments: [
        "My cousin says their pizza gave him food poisoning. Avoid.",
        "Heard from a neighbour that they overcharge pensioners.",
        "My mate works in the kitchen there and says it's filthy. Not going anywhere near it.",
    ])
    func hearsay(_ review: String) {
        #expect(Self.engineReadsNeverCustomer(review))
    }

    @Test func hearsayBesideAVisitOfTheWritersOwnIsNotNeverACustomer() {
        #expect(!Self.engineReadsNeverCustomer("My friend said the pasta was good, so we ordered it and waited an hour."))
    }
}
