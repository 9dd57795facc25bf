/// Size limits for what the owner types, in UTF-8 bytes.
public struct Limits: Sendable, Equatable {
    /// The longest review accepted: 20 KB, about ten times the longest reviews platforms allow
    /// (Google 4,096 characters, Yelp 5,000, Tripadvisor 20,000 characters at most).
    public var reviewBytes = 20_000
    /// The longest draft reply: replies should be short (P4); 10 KB is far beyond any good one.
    public var draftBytes = 10_000
    /// The longest single detail answer.
    public var detailBytes = 300

    public init() {}
}
