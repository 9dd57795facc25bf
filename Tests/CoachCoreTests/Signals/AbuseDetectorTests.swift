import CoachCore
import Testing

@Suite struct AbuseDetectorTests {
    static let insults: [String] = [
        "Useless morons at the counter lost my prescription twice.",
        "I hear the owner is a jerk.",
        "you idiots",
        "The manager is a pig.",
        "You're all liars and thieves.",
        "Everyone who works here is a thief.",
        "What a scumbag.",
        "Stupid waitress forgot our drinks.",
        "The staff are so dumb it hurts.",
        "They are a bunch of crooks.",
        "Fuck you and your restaurant.",
        "The owner’s a complete asshole",
        "The waiter was a total idiot.",
        "Your staff are clowns.",
        "That woman at reception is a witch.",
        "You guys are scum.",
        "The cashier was a lazy, rude cow.",
        "The guy next to us was a jerk but the staff were great.",
        "The waitress was a b*tch and the manager a total a**hole.",
        "F*ck you guys.",
        "ur staff r idiots",
        "THE OWNER IS A THIEF",
        "You lot are a bunch of cowboys and crooks",
    ]

    static let notInsults: [String] = [
        "The food was garbage and the service terrible.",
        "Awful place, shit pizza.",
        "The staff was rude and the food was garbage.",
        "I felt like an idiot for coming here.",
        "He called me a moron in front of everyone.",
        "The waiter saw a rat in the kitchen.",
        "The pulled pig was dry.",
        "The staff are not idiots, but the system is broken.",
        "It tasted like crap.",
        "Terrible service, awful place, rude staff.",
        "The food was trash, the decor was trash.",
        "This place is a dump.",
        "The service was shit.",
        "I'm such an idiot for trusting them.",
        "The idiot proof menu was nice.",
        "My kids are little monsters but the staff were great with them.",
        "They treat customers like idiots.",
        "The staff talked to us like we were morons.",
    ]

    @Test("Insults aimed at people are abusive", arguments: insults)
    func abuseFires(_ review: String) {
        #expect(SignalTestSupport.has(.abusive, review))
    }

    @Test("Insults at things, at oneself or negated are not abusive", arguments: notInsults)
    func nearMissDoesNotFire(_ review: String) {
        #expect(!SignalTestSupport.has(.abusive, review))
    }
}
