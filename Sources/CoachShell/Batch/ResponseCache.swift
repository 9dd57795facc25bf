import CoachCore

/// Remembers the parts of classify responses that do not depend on the review's own words
/// (`ResponseTemplate`), by the owner's facts, the kinds of signal found and the categories of claim found, so that each review
/// costs only its parsing, its signal detection and the writing of its quotes. Bounded: emptied
/// when full.
public struct ResponseCache {
    public let capacity: Int
    private var templates: [ResponseTemplate.Key: ResponseTemplate] = [:]
    /// Lookups answered from the cache, and lookups that had to assess (for measurement).
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init(capacity: Int = 4096) { self.capacity = capacity }

    /// The template for a request whose signals are known, building it with `make` on a miss.
    mutating func template(
        for request: ClassifyRequest, signals: [Signal], claims: [Claim], make: () -> ResponseTemplate
    ) -> ResponseTemplate {
        let key = ResponseTemplate.Key(owner: request.owner, signals: signals, claims: claims, review: request.review)
        if let cached = templates[key] {
            hits += 1
            return cached
        }
        misses += 1
        let template = make()
        if templates.count >= capacity { templates.removeAll(keepingCapacity: true) }
        if capacity > 0 { templates[key] = template }
        return template
    }
}
