import CoachCore
import Testing

/// The 18 rows of shared/examples/classify-examples.jsonl, copied so the tests do not read
/// outside the package: the text signals, with the owner's facts on top, give the verdict.
@Suite struct ClassifyExamplesTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let id: String
        let review: String
        let facts: OwnerFacts
        let expect: Verdict
        var testDescription: String { id }
    }

    static let examples: [Example] = [
        .init(id: "ex-threat-1", review: "Fix my order today or I'm leaving a one-star review on every site I can.", facts: .init(), expect: .threatBased),
        .init(id: "ex-threat-2", review: "Refund me in full and I will delete this review.", facts: .init(), expect: .threatBased),
        .init(id: "ex-threat-3", review: "I'll change my rating to five stars if you give me a free night.", facts: .init(), expect: .threatBased),
        .init(id: "ex-threat-4", review: "If I don't get a discount on my next visit, everyone on Facebook will hear about this.", facts: .init(), expect: .threatBased),
        .init(id: "ex-threat-5", review: "The room was fine.", facts: .init(demand: .yes), expect: .threatBased),
        .init(id: "ex-genuine-1", review: "My order arrived two weeks late and the box was crushed. Nobody answered my emails.", facts: .init(), expect: .genuineGrievance),
        .init(id: "ex-genuine-2", review: "I'm writing this review to warn others: the waiter was rude and the bill had items we never ordered.", facts: .init(), expect: .genuineGrievance),
        .init(id: "ex-genuine-3", review: "Never coming back. I'll tell everyone I know to avoid this garage.", facts: .init(), expect: .genuineGrievance),
        .init(id: "ex-genuine-4", review: "These headphones are just a relabelled cheap brand and I suspect the glowing reviews are fake.", facts: .init(), expect: .genuineGrievance),
        .init(id: "ex-genuine-5", review: "Useless morons at the counter lost my prescription twice.", facts: .init(), expect: .genuineGrievance),
        .init(id: "ex-genuine-6", review: "I have never waited so long for a pizza in my life.", facts: .init(), expect: .genuineGrievance),
        .init(id: "ex-genuine-7", review: "Awful.", facts: .init(customerFound: .yes, ourFault: .no), expect: .genuineGrievance),
        .init(id: "ex-genuine-8", review: "Dirty tables, cold food.", facts: .init(customerFound: .no, ourFault: .yes), expect: .genuineGrievance),
        .init(id: "ex-troll-1", review: "Never set foot in this shop but I can tell it's a scam.", facts: .init(), expect: .troll),
        .init(id: "ex-troll-2", review: "I haven't tried their food, but I hear the owner is a jerk.", facts: .init(), expect: .troll),
        .init(id: "ex-troll-3", review: "Buy cheap watches at http://watches-deal.example !!! Best prices", facts: .init(), expect: .troll),
        .init(id: "ex-troll-4", review: "Worst place on earth.", facts: .init(customerFound: .no, ourFault: .no), expect: .troll),
        .init(id: "ex-troll-5", review: "Everyone who works here is a thief.", facts: .init(customerFound: .no, abusive: .yes), expect: .troll),
    ]

    @Test("Each shared example gets its expected verdict", arguments: examples)
    func exampleVerdict(_ ex: Example) {
        let implications = TextImplications(signals: SignalDetector.detect(in: ex.review))
        let facts = ResolvedFacts(owner: ex.facts, text: implications)
        #expect(VerdictRules.decide(facts).verdict == ex.expect)
    }

    @Test func insultsAtTheCounterAreAbusiveButStillAGrievance() {
        #expect(SignalTestSupport.has(.abusive, "Useless morons at the counter lost my prescription twice."))
    }

    @Test func spamExampleIsQuotedAsSpam() {
        #expect(SignalTestSupport.has(.spam, "Buy cheap watches at http://watches-deal.example !!! Best prices"))
    }
}
