/// A set of lexicon concepts (up to 128), as bits: the cheap "does this sentence mention any
/// of these" test a rule makes before it looks for a pattern.
public struct ConceptSet: Sendable, Equatable, Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    public init() {}

    public init(_ concepts: [Concept]) {
        for c in concepts { insert(c) }
    }

    @inline(__always)
    public mutating func insert(_ c: Concept) {
        if c.id < 64 { low |= 1 << UInt64(c.id) } else { high |= 1 << UInt64(c.id - 64) }
    }

    @inline(__always)
    public func contains(_ c: Concept) -> Bool {
        c.id < 64 ? low & (1 << UInt64(c.id)) != 0 : high & (1 << UInt64(c.id - 64)) != 0
    }

    @inline(__always)
    public mutating func formUnion(_ o: ConceptSet) {
        low |= o.low
        high |= o.high
    }

    /// Whether the sets share a concept.
    @inline(__always)
    public func intersects(_ o: ConceptSet) -> Bool { low & o.low != 0 || high & o.high != 0 }

    /// Whether every concept of `o` is in the set.
    @inline(__always)
    public func isSuperset(of o: ConceptSet) -> Bool { low & o.low == o.low && high & o.high == o.high }
}

/// One concept of the lexicon (one `lexicon/concepts/NAME.txt` file), by its index.
public struct Concept: Sendable, Equatable, Hashable {
    public let id: Int
    public init(id: Int) { self.id = id }
}
