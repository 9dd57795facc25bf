/// The principles of DOMAIN.md, P1 to P17, cited by id in every piece of advice.
public enum Principle: String, CaseIterable, Sendable, Codable, Comparable {
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4", p5 = "P5", p6 = "P6", p7 = "P7", p8 = "P8"
    case p9 = "P9", p10 = "P10", p11 = "P11", p12 = "P12", p13 = "P13", p14 = "P14", p15 = "P15"
    case p16 = "P16", p17 = "P17"

    /// The position of the principle, 1 to 17.
    public var number: Int { Int(rawValue.dropFirst())! }

    /// The short name, as in DOMAIN.md (`calm-down`, `no-legal-threats`, ...).
    public var slug: String {
        switch self {
        case .p1: "calm-down"
        case .p2: "understand"
        case .p3: "answer"
        case .p4: "no-escalation"
        case .p5: "take-it-offline"
        case .p6: "no-legal-threats"
        case .p7: "no-review-incentives"
        case .p8: "keep-promises"
        case .p9: "own-it"
        case .p10: "dont-reward-threats"
        case .p11: "complaint-is-not-blackmail"
        case .p12: "troll"
        case .p13: "abuse-discredits-itself"
        case .p14: "dont-panic"
        case .p15: "act-quickly"
        case .p16: "be-heard"
        case .p17: "retain"
        }
    }

    public static func < (lhs: Principle, rhs: Principle) -> Bool { lhs.number < rhs.number }
}
