import CoachLexicon

/// What an allegation in a review is about. Raw values are the contract strings of classify's
/// `"claims"`; the order of the cases is the order a reply answers them in: safety, health and
/// discrimination first, price last.
///
/// Each category listens through `lexicon/concepts/claim-<category>.txt` (whole claims) and,
/// where it has them, `claim-<category>-topic.txt` and `claim-<category>-fault.txt` (a topic and a
/// fault in one clause).
public enum ClaimCategory: String, CaseIterable, Sendable, Codable {
    case foodSafety = "food_safety"
    case safetyInjury = "safety_injury"
    case pests
    case discrimination
    case cleanliness
    case privacy
    case damageTheft = "damage_theft"
    case staffConduct = "staff_conduct"
    case outcome
    case quality
    case delivery
    case billing
    case booking
    case waitTime = "wait_time"
    case communication
    case policy
    case price

    /// The lexicon concept of the phrases that make this claim on their own.
    public var concept: LexiconConcept? { LexiconConcept(rawValue: conceptName) }

    /// The lexicon concept of the things this claim is about ("the bathroom", "waited"): a claim
    /// only with a fault of `faultConcept` in the same clause.
    public var topicConcept: LexiconConcept? { LexiconConcept(rawValue: conceptName + "-topic") }

    /// The lexicon concept of what is wrong with a topic ("filthy", "for 40 minutes").
    public var faultConcept: LexiconConcept? { LexiconConcept(rawValue: conceptName + "-fault") }

    private var conceptName: String { "claim-" + rawValue.split(separator: "_").joined(separator: "-") }

    /// Whether the complaint is often said in the negative ("never arrived", "no one called
    /// back", "didn't work", "no refund", "not worth the price"): a negated mention counts too. For the others a
    /// negated mention is the opposite of a claim ("not dirty", "no bedbugs").
    public var countsNegatedMentions: Bool {
        switch self {
        case .delivery, .communication, .outcome, .billing, .price: true
        default: false
        }
    }

    /// Whether a reply answers this claim before any other kind: safety, health, discrimination.
    public var isSerious: Bool {
        switch self {
        case .foodSafety, .safetyInjury, .pests, .discrimination: true
        default: false
        }
    }
}
