import CoachCore
import Testing

@Suite struct NeverCustomerDetectorTests {
    static let statements: [String] = [
        "Never set foot in this shop but I can tell it's a scam.",
        "I haven't tried their food, but I hear the owner is a jerk.",
        "I've never been there but it looks dirty.",
        "Haven't eaten here but the smell from outside is enough.",
        "Didn't even go in, the queue was enormous.",
        "We never bought anything because nobody served us.",
        "I'm not a customer but my friend said the food was awful.",
        "I've never stayed here but my cousin did and hated it.",
        "Never ordered from here, just saw the photos and it looks gross.",
        "I have never been to this restaurant, but it looks awful.",
        "I HAVEN’T BEEN THERE BUT EVERYONE SAYS IT'S BAD",
        "I've never actually eaten at this restaurant but the reviews say it all.",
        "I haven't visited yet but I heard bad things.",
        "Not been but my mate says it's awful.",
        "I was never a customer of theirs, thankfully.",
        "We've never ordered from them and never will after reading these reviews.",
        "we havent eaten here but",
        "I've never been to Joe's Diner but it looks awful.",
        "I never eat here but my wife says it's bad.",
    ]

    static let nearMisses: [String] = [
        "Never been so disappointed.",
        "I have never waited so long for a pizza in my life.",
        "Never again.",
        "Never coming back, never.",
        "I had never been before and the staff were lovely.",
        "They claim I never stayed here, but I have the receipt.",
        "I've never been treated so badly.",
        "I have never been to a restaurant this bad.",
        "Haven't been in years but it used to be great.",
        "The bill had items we never ordered.",
        "I've never been here before today and it was great.",
        "I never got to eat because they lost our booking.",
        "I never received my order.",
        "I have never eaten such bad food.",
        "I never tried the dessert because we were too full.",
        "We had never visited before, what a disappointment.",
        "I have been a customer for 10 years and never been treated like this.",
        "Never been there since.",
        "I haven't been there in years.",
        "I would never eat here again.",
        "I will never eat here.",
        "Never shop here!",
        "Not been impressed.",
    ]

    @Test("Saying you were never a customer fires", arguments: statements)
    func neverCustomerFires(_ review: String) {
        #expect(SignalTestSupport.has(.neverCustomer, review))
    }

    @Test("Never as emphasis, a first visit or reported speech does not fire", arguments: nearMisses)
    func nearMissDoesNotFire(_ review: String) {
        #expect(!SignalTestSupport.has(.neverCustomer, review))
    }
}
