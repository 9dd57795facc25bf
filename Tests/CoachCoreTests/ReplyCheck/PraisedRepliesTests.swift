import CoachCore
import Testing

/// Replies of the kind the press praised (calm, factual accounts of a policy or of what happened,
/// in the first person plural), written in our own words: clean under every context.
@Suite struct PraisedRepliesTests {
    static let praised: [String] = [
        // A shop explaining its mask rule calmly.
        "We ask everyone who comes in to wear a mask, because several of our staff care for vulnerable relatives. We know it is an inconvenience, and we are happy to bring orders to the door for anyone who cannot wear one. Please call the shop and we will arrange it.",
        // A restaurant correcting the record without calling anyone a liar.
        "We don't take reservations, and on Saturday evenings the wait is usually about an hour. We should have told you that at the door, and we are sorry we didn't. Our host team now gives every party an estimate when they arrive.",
        // A clinic speaking about its policies in general.
        "We take every concern seriously, and privacy rules mean we cannot discuss anyone's care in public. Please call our office manager, who would be glad to hear from you. Dr Sarah Lee, clinic director",
        // A hotel explaining a price.
        "Our room rates rise during the festival because demand triples that week, and we publish them a year ahead. We understand it was more than you expected, and our reservations manager would be happy to talk it through.",
        // A garage showing what it checked.
        "Thank you for raising this. We asked every mechanic on shift that day and checked the workshop log, and we would like to look at the car with you. Please ring the garage and ask for Priya.",
        // A takeaway with no record of the order.
        "We have no record of an order under this name or address that evening, and we would like to get to the bottom of it. Please contact us directly with the time of the order so we can look into it.",
    ]

    static let contexts: [ReplyContext] = [ReplyContext()]
        + Industry.allCases.map { ReplyContext(industry: $0) }
        + ReviewPlatform.allCases.map { ReplyContext(platform: $0) }
        + Verdict.allCases.map { ReplyContext(verdict: $0) }
        + FaultAnswer.allCases.map { ReplyContext(ourFault: $0) }

    @Test(arguments: praised.indices)
    func aPraisedReplyIsCleanInEveryContext(_ index: Int) {
        for context in Self.contexts {
            #expect(ReplyChecker.check(Self.praised[index], context: context) == [], "\(context)")
        }
    }
}
