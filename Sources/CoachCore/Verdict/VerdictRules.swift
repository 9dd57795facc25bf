/// Which rule decided a verdict; each one names the reason the coach gives and its principles.
public enum VerdictRule: String, CaseIterable, Sendable {
    /// `demand = yes`: a demand tied to the review makes it threat-based.
    case demandMakesThreat = "demand_makes_threat"
    /// `customer_found = no` and `our_fault` is no or unsure: a troll.
    case noCustomerNoFaultMakesTroll = "no_customer_no_fault_makes_troll"
    /// Anything else: a genuine grievance, the benefit of the doubt.
    case benefitOfTheDoubt = "benefit_of_the_doubt"

    /// The principles this rule rests on.
    public var principles: [Principle] {
        switch self {
        case .demandMakesThreat: [.p10, .p11, .p7]
        case .noCustomerNoFaultMakesTroll: [.p12, .p13, .p3]
        case .benefitOfTheDoubt: [.p11, .p2, .p9]
        }
    }
}

/// The verdict rules from DESIGN.md, applied in order. Pure and total over every combination of facts.
public enum VerdictRules {
    /// The verdict and the rule that gave it.
    public static func decide(_ facts: ResolvedFacts) -> (verdict: Verdict, rule: VerdictRule) {
        if facts.demand.value == .yes { return (.threatBased, .demandMakesThreat) }
        if facts.customerFound.value == .no,
            facts.ourFault.value == .no || facts.ourFault.value == .unsure
        {
            return (.troll, .noCustomerNoFaultMakesTroll)
        }
        return (.genuineGrievance, .benefitOfTheDoubt)
    }
}
