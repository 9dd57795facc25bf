import CoachCore
import Testing

/// The verdict rules, checked over every combination of the four facts against the rules as
/// DESIGN.md states them.
@Suite struct VerdictRulesTests {
    static let combinations: [(YesNoUnsure, FaultAnswer, YesNoUnsure, YesNoUnsure)] =
        YesNoUnsure.allCases.flatMap { c in
            FaultAnswer.allCases.flatMap { f in
                YesNoUnsure.allCases.flatMap { d in YesNoUnsure.allCases.map { a in (c, f, d, a) } }
            }
        }

    @Test func everyCombinationOfOwnerFactsFollowsTheRules() {
        #expect(Self.combinations.count == 108)
        for (c, f, d, a) in Self.combinations {
            let facts = ResolvedFacts(owner: OwnerFacts(customerFound: c, ourFault: f, demand: d, abusive: a), text: .init())
            let expected: Verdict =
                d == .yes ? .threatBased : (c == .no && (f == .no || f == .unsure)) ? .troll : .genuineGrievance
            #expect(VerdictRules.decide(facts).verdict == expected, "facts \(c) \(f) \(d) \(a)")
        }
    }

    @Test func abuseNeverChangesTheVerdict() {
        for (c, f, d, _) in Self.combinations {
            let verdicts = Set(YesNoUnsure.allCases.map { a in
                VerdictRules.decide(ResolvedFacts(owner: OwnerFacts(customerFound: c, ourFault: f, demand: d, abusive: a), text: .init())).verdict
            })
            #expect(verdicts.count == 1)
        }
    }

    @Test func ownerAnswerWinsOverTheText() {
        let facts = ResolvedFacts(owner: OwnerFacts(demand: .no), text: TextImplications(demandYes: true))
        #expect(facts.demand == Sourced(.no, from: .owner))
        #expect(VerdictRules.decide(facts).verdict == .genuineGrievance)
    }

    @Test func unsureOwnerAnswerLetsTheTextDecide() {
        let facts = ResolvedFacts(owner: OwnerFacts(customerFound: .unsure), text: TextImplications(customerFoundNo: true))
        #expect(facts.customerFound == Sourced(.no, from: .text))
        #expect(VerdictRules.decide(facts).verdict == .troll)
    }

    @Test func factsWithNeitherAnswerNorSignalAreUnsureByDefault() {
        let facts = ResolvedFacts(owner: OwnerFacts(), text: .init())
        #expect(facts.ourFault == Sourced(.unsure, from: .default))
        #expect(VerdictRules.decide(facts) == (.genuineGrievance, .benefitOfTheDoubt))
    }

    @Test func noCustomerButOurFaultIsStillGenuine() {
        for fault in [FaultAnswer.yes, .partly] {
            let facts = ResolvedFacts(owner: OwnerFacts(customerFound: .no, ourFault: fault), text: .init())
            #expect(VerdictRules.decide(facts).verdict == .genuineGrievance)
        }
    }
}
