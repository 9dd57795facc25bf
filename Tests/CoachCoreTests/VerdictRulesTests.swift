import CoachCore
import Testing

@Suite struct VerdictRulesTests {
    @Test func demandYesIsThreatBasedWhateverElse() {
        for c in YesNoUnsure.allCases { for f in FaultAnswer.allCases { for a in YesNoUnsure.allCases {
            let facts = ResolvedFacts(owner: OwnerFacts(customerFound: c, ourFault: f, demand: .yes, abusive: a), text: .init())
            #expect(VerdictRules.decide(facts).verdict == .threatBased)
        } } }
    }
}
