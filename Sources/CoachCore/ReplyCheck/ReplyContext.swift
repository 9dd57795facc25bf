/// What the checker knows about the situation a reply answers: the verdict on the review, whether
/// the owner was at fault, the business's industry and the platform. Every member is optional;
/// `ReplyContext()` checks the reply alone (every platform's rules apply).
public struct ReplyContext: Sendable, Equatable {
    public var verdict: Verdict?
    public var ourFault: FaultAnswer?
    public var industry: Industry?
    public var platform: ReviewPlatform?
    /// The review being answered (kept with the context; no check reads it yet).
    public var review: String?

    public init(verdict: Verdict? = nil, ourFault: FaultAnswer? = nil, industry: Industry? = nil,
                platform: ReviewPlatform? = nil, review: String? = nil) {
        self.verdict = verdict
        self.ourFault = ourFault
        self.industry = industry
        self.platform = platform
        self.review = review
    }

    /// Whether the business owes its customers confidentiality (a clinic, a law or accounting firm).
    public var isConfidential: Bool { industry == .healthcare || industry == .professional }
}
