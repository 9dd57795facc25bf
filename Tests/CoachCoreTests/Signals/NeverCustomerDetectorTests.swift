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
        // someone else said to be no customer, a comparison, a question
        "A man who was not a customer wandered in and shouted at the bar staff.",
        "Her toddler, who was not even a customer, was running between the tables.",
        "We were handled like a bother and not a customer the whole night.",
        "After spending that much, am I not a customer too?",
        // "used to" is being accustomed, not a visit
        "The cooks are obviously not used to the Friday crowd.",
        "The waiters seemed lost, so maybe they are not used to the rush.",
        // a qualifier after the place: not the first or only visit
        "We have never been here the previous four times for longer than an hour.",
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

/// The idioms added in the fourth round, each with the near miss it must leave alone.
@Suite struct NeverCustomerIdiomTests {
    @Test func aClaimClosedByNeverWillIsANeverCustomer() {
        #expect(SignalTestSupport.has(.neverCustomer, "Never ordered, never will. Avoid."))
        #expect(SignalTestSupport.has(.neverCustomer, "never been never will go to the other place down the road"))
        #expect(!SignalTestSupport.has(.neverCustomer, "never been so disappointed"))
        #expect(!SignalTestSupport.has(.neverCustomer, "I never went back, never will."))
        #expect(!SignalTestSupport.has(.neverCustomer, "We sat for an hour and never ordered, nobody came."))
    }

    @Test func neverHadAMealHereIsANeverCustomer() {
        #expect(SignalTestSupport.has(.neverCustomer, "Never had a meal here, never will."))
        #expect(SignalTestSupport.has(.neverCustomer, "I've never had a drink there and I never will."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Never had such bad service in my life."))
        #expect(!SignalTestSupport.has(.neverCustomer, "I have never had a haircut this bad."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Never had a bad meal here until tonight."))
        #expect(!SignalTestSupport.has(.neverCustomer, "I've never had a meal here that was hot."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Haven't had a meal here in years, it used to be great."))
    }

    @Test func aNegatedHabitOfVisitingWithARefusalIsANeverCustomer() {
        #expect(SignalTestSupport.has(.neverCustomer, "I don't shop here and I'm not planning to."))
        #expect(SignalTestSupport.has(.neverCustomer, "I do not eat here and never will."))
        #expect(!SignalTestSupport.has(.neverCustomer, "I don't shop here anymore and I'm not planning to come back."))
        #expect(!SignalTestSupport.has(.neverCustomer, "I don't usually write reviews but this was bad."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Not planning to come back after the way we were treated."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Won't be shopping here again, the cashier shouted at my son."))
    }

    @Test func secondHandKnowledgeAloneIsANeverCustomer() {
        #expect(SignalTestSupport.has(.neverCustomer, "Only going off what I read online but sounds terrible"))
        #expect(SignalTestSupport.has(.neverCustomer, "Based on what I've heard, avoid."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Going off what I read online I expected more, the room was dirty."))
        #expect(!SignalTestSupport.has(.neverCustomer, "I've been coming here for years but the new manager is rude."))
    }

    @Test func aReportCreditedToAFriendAtTheEndIsHearsay() {
        #expect(SignalTestSupport.has(.neverCustomer, "Apparently their cleaner was sacked for stealing, according to a friend of mine. Wouldnt trust them."))
        #expect(!SignalTestSupport.has(.neverCustomer, "According to my friend the food was great, but we had a terrible time."))
        #expect(!SignalTestSupport.has(.neverCustomer, "Never got my refund for the cancelled booking."))
    }
}
