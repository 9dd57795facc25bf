/// One allegation found in a review: its category and the review's sentence that makes it.
public struct Claim: Sendable, Equatable {
    /// `c1`, `c2`, ... in the order the reply answers them (most serious first).
    public var id: String
    public var category: ClaimCategory
    /// The review's sentence, quoted as written.
    public var text: String

    public init(id: String, category: ClaimCategory, text: String) {
        self.id = id
        self.category = category
        self.text = text
    }
}

/// What the owner says about one claim. Raw values are the contract strings of classify's
/// `"stance"`.
public enum ClaimStance: String, CaseIterable, Sendable, Codable {
    /// It happened and it was ours: the reply owns it and apologises for that thing.
    case `true`
    /// Part of it was ours: the reply owns only that part and never concedes the rest.
    case partly
    /// It did not happen: a calm correction with the owner's facts.
    case `false`
    /// The owner does not know yet: the reply says what will be looked at, and nothing more.
    case unknown
}

/// The owner's answer on one claim: the stance and, in their own words, what really happened.
public struct ClaimAnswer: Sendable, Equatable {
    public var stance: ClaimStance
    public var note: String?

    public init(stance: ClaimStance, note: String? = nil) {
        self.stance = stance
        self.note = note
    }
}

/// A claim with the owner's answer on it, as the reply composer reads it.
public struct AnsweredClaim: Sendable, Equatable {
    public var claim: Claim
    public var answer: ClaimAnswer

    public init(claim: Claim, answer: ClaimAnswer) {
        self.claim = claim
        self.answer = answer
    }
}
