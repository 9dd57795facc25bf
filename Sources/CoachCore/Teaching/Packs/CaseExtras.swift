/// What a case pack says about a case beyond the review, facts, context and note: the verdict
/// the trainer expects, the claims, industry, difficulty, signature, contact and an optional model reply,
/// and where the case is written (for messages).
public struct CaseExtras: Sendable, Equatable {
    public var expected: Verdict?
    /// The review's claims by category, most serious first; empty: the coach finds them.
    public var claims: [ClaimCategory] = []
    public var industry: Industry?
    public var difficulty: CaseDifficulty?
    /// Who signs the model reply ("Sam, owner"); `nil`: the default in prompts.
    public var signature: String?
    /// How the model reply invites contact ("call us and ask for Sam"); `nil`: the default in prompts.
    public var contact: String?
    /// What went wrong and what was done about it, in the owner's words, for the model reply.
    public var whatWentWrong: String?
    public var whatWeDid: String?
    /// The trainer's own model reply, shown instead of the coach's.
    public var modelReply: String?
    public var file: String?
    /// The line of the case's header.
    public var line: Int?

    public init() {}

    /// The stated claims as the composer reads them: each with the review's sentence the coach
    /// finds for that category, or the whole review when it finds none.
    public func stated(in review: String) -> [Claim] {
        let found = ClaimFinder.shipped.claims(in: review)
        return claims.enumerated().map { index, category in
            Claim(id: "c\(index + 1)", category: category, text: found.first { $0.category == category }?.text ?? review)
        }
    }
}
