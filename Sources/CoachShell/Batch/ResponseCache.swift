import CoachCore

/// Remembers classify responses by everything an assessment is built from (the owner's facts and
/// the signals' kinds and quoted texts, in order), so that reviews with the same facts and signals
/// are not re-assessed and re-rendered. The id is filled in per line. Bounded: emptied when full.
///
/// Sound because `Assessment` is a pure function of the signals, the owner's facts, the (default)
/// reply details and the catalogue, and reads no signal offsets.
public struct ResponseCache {
    /// What a response depends on.
    struct Key: Hashable {
        var owner: [String?]
        var signals: [String]
    }

    public let capacity: Int
    private var responses: [Key: ClassifyResponse] = [:]
    /// Lookups answered from the cache, and lookups that had to assess (for measurement).
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init(capacity: Int = 4096) { self.capacity = capacity }

    /// The response for a request whose signals are known, building it with `make` on a miss.
    mutating func response(
        for request: ClassifyRequest, signals: [Signal], make: () -> ClassifyResponse
    ) -> ClassifyResponse {
        let owner = request.owner
        var signalKey: [String] = []
        signalKey.reserveCapacity(signals.count * 2)
        for signal in signals {
            signalKey.append(signal.kind.rawValue)
            signalKey.append(signal.text)
        }
        let key = Key(
            owner: [owner.customerFound?.rawValue, owner.ourFault?.rawValue, owner.demand?.rawValue, owner.abusive?.rawValue],
            signals: signalKey)
        var response: ClassifyResponse
        if let cached = responses[key] {
            hits += 1
            response = cached
        } else {
            misses += 1
            response = make()
            if responses.count >= capacity { responses.removeAll(keepingCapacity: true) }
            responses[key] = response
        }
        response.id = request.id
        return response
    }
}
