import CoachCore
import Testing

@Suite struct SpamDetectorTests {
    static let spam: [String] = [
        "Buy cheap watches at http://watches-deal.example !!! Best prices",
        "Visit my website www.cheapbags.shop for the best deals",
        "https://bit.ly/3xYz",
        "Earn money fast from home! DM me on WhatsApp +1 555 0100",
        "Use code SAVE20 at checkout for the lowest prices on replica bags!",
        "Best crypto signals, click here: https://pump-signals.example/join",
        "Check out my channel for honest reviews: youtube.com/c/honestfoodie",
        "Great deals on loans!!! Apply now at www.fastcash-loans.biz",
        "Contact me on WhatsApp for cheap followers and likes.",
        "100% legit bitcoin investment, double your money in 24 hours, telegram @cryptoking",
        "Check my profile for the best prices on Ray-Ban sunglasses",
        "Click here to win a free iPhone!",
        "Visit my website for cheap Rolex watches.",
        "Use my code SAVE50 for 50% off at shop-deals.example",
        "Lose weight fast!! Buy now at slimpills.biz",
        "Best prices on cheap flights, click the link in my bio",
    ]

    static let notSpam: [String] = [
        // people following the writer somewhere, and the writer's own errand: no invitation
        "Other shoppers dropped their baskets and follow us out to the car park, then asked about the sale.",
        "I want to follow up on my earlier complaint. Half the queue got fed up, left and follow us next door to the bakery.",
        "We tried to see our account page and spotted a surprise charge, and the cash refund never came.",
        "Here's a photo of the burnt steak: https://imgur.com/a/xyz123 and the manager didn't care at all, no apology whatsoever.",
        "Booked through Booking.com and the room was dirty.",
        "They told me to use code SAVE10 but it didn't work at checkout.",
        "Best prices in town and friendly staff, but the fish was off.",
        "The loan officer never called me back.",
        "The pizza was cold. See photos: https://photos.app.goo.gl/abc123",
        "We ordered via ubereats.com and the burger was raw.",
        "Got a promo code from their newsletter but it expired.",
        "Their website www.bistro-example.com says open until 10 but they closed at 9.",
        "Great food. The best prices in town and the staff were friendly.",
        "I tried to use my code at checkout but it was rejected.",
        "I had to click here and there on their website to find the menu.",
        "Check out my photos from the trip, the food was amazing.",
    ]

    @Test("Promotional links and advertising are spam", arguments: spam)
    func spamFires(_ review: String) {
        #expect(SignalTestSupport.has(.spam, review))
    }

    @Test("A link to evidence, a platform name or one promo word is not spam", arguments: notSpam)
    func nearMissDoesNotFire(_ review: String) {
        #expect(!SignalTestSupport.has(.spam, review))
    }
}

/// Self-promotion and competitor plugs added in the fourth round, with their near misses.
@Suite struct SpamSelfPromotionTests {
    @Test func followMeWithAHandleIsSelfPromotion() {
        #expect(SignalTestSupport.has(.spam, "Follow me on instagram @foodie_dan for real reviews"))
        #expect(SignalTestSupport.has(.spam, "Pls follow us on tiktok @bestdeals_uk"))
        #expect(!SignalTestSupport.has(.spam, "The staff didn't follow me to the table, I had to find it myself."))
        #expect(!SignalTestSupport.has(.spam, "@manager your waiter was rude to us last night."))
        #expect(!SignalTestSupport.has(.spam, "Email me at dan@example.com if you want the photos."))
    }

    @Test func aPhoneNumberSetAgainstThisBusinessIsAPlug() {
        #expect(SignalTestSupport.has(.spam, "Best plumber in Leeds is Kev's Plumbing, 0113 496 0123, not this lot"))
        #expect(!SignalTestSupport.has(.spam, "I rang 0113 496 0123, not this number again, they never answer."))
        #expect(!SignalTestSupport.has(.spam, "Rang them on 0113 496 0123 and got no answer, not this time anyway."))
    }
}

@Suite struct SpamCompetitorPlugTests {
    @Test func aNamedCompetitorSetAgainstThisPlaceIsAPlug() {
        #expect(SignalTestSupport.has(.spam, "Best pizza in town is at Luigi's on Main St, not this place!"))
        #expect(SignalTestSupport.has(.spam, "Go to Hair by Sam, not this salon."))
        #expect(!SignalTestSupport.has(.spam, "Best pizza I've had in ages was at Luigi's, not this place. Our pasta was cold."))
        #expect(!SignalTestSupport.has(.spam, "Best thing about the night was the band, not this place's food."))
        #expect(!SignalTestSupport.has(.spam, "Best to avoid, not this place again."))
    }

    @Test func aPlugWithAnythingAboutTheVisitIsACustomerTalking() {
        #expect(!SignalTestSupport.has(.spam, "Go to Nando's instead, not this place, the chicken was raw."))
        #expect(!SignalTestSupport.has(.spam, "Try Luigi's down the road, not this place. Cold pizza, rude driver, 1 hour late."))
        #expect(!SignalTestSupport.has(.spam, "Better service at Costa, not this place. Waited 20 mins for a latte."))
    }
}
