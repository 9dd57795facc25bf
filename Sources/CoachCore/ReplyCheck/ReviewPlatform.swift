/// The review platforms whose rules for owner replies the checker knows. Raw values are the
/// contract words of `lint-reply --platform`.
public enum ReviewPlatform: String, CaseIterable, Sendable, Codable {
    case google, yelp, tripadvisor, trustpilot, amazon
}
