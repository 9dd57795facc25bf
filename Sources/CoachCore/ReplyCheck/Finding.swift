/// The mistakes the reply checker looks for in a drafted public reply. Raw values are the contract codes.
public enum FindingCode: String, CaseIterable, Sendable, Codable {
    case legalThreat = "legal_threat"
    case reviewIncentive = "review_incentive"
    case deflectingBut = "deflecting_but"
    case blamesCustomer = "blames_customer"
    case overExplaining = "over_explaining"
    case privateDetails = "private_details"
    case hostileTone = "hostile_tone"
    case falseAccusation = "false_accusation"
    case confidentialRelationship = "confidential_relationship"
    case platformRule = "platform_rule"
    case nonApology = "non_apology"

    /// The principles the advice for this mistake cites.
    public var principles: [Principle] {
        switch self {
        case .legalThreat: [.p6]
        case .reviewIncentive: [.p7]
        case .deflectingBut: [.p4]
        case .blamesCustomer: [.p4, .p9]
        case .overExplaining: [.p4]
        case .privateDetails: [.p5]
        case .hostileTone: [.p1, .p4]
        case .falseAccusation: [.p4, .p12]
        case .confidentialRelationship: [.p5]
        case .platformRule: [.p5]
        case .nonApology: [.p9]
        }
    }
}

/// One mistake found in a reply, with the exact text it is about. The advice wording lives in prompts/.
public struct Finding: Sendable, Equatable, Hashable {
    public var code: FindingCode
    /// The quoted span of the reply, exactly as written.
    public var text: String
    /// For `platform_rule`: the platforms whose rule the text breaks (empty for other codes).
    public var platforms: [ReviewPlatform]

    public init(code: FindingCode, text: String, platforms: [ReviewPlatform] = []) {
        self.code = code
        self.text = text
        self.platforms = platforms
    }
}
