/// A set of lexicon concepts (up to `capacity`), as bits: the cheap "does this sentence mention
/// any of these" test a rule makes before it looks for a pattern.
public struct ConceptSet: Sendable, Equatable, Hashable {
    var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    /// The most concepts a lexicon may have (a test holds the shipped lexicon to it).
    public static let capacity = 256

    public init() {}

    public init(_ concepts: [Concept]) {
        for c in concepts { insert(c) }
    }

    @inline(__always)
    public mutating func insert(_ c: Concept) {
        let bit: UInt64 = 1 << UInt64(c.id & 63)
        switch c.id >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    @inline(__always)
    public func contains(_ c: Concept) -> Bool {
        let bit: UInt64 = 1 << UInt64(c.id & 63)
        switch c.id >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    @inline(__always)
    public mutating func formUnion(_ o: ConceptSet) {
        w0 |= o.w0
        w1 |= o.w1
        w2 |= o.w2
        w3 |= o.w3
    }

    /// Whether the sets share a concept.
    @inline(__always)
    public func intersects(_ o: ConceptSet) -> Bool { w0 & o.w0 != 0 || w1 & o.w1 != 0 || w2 & o.w2 != 0 || w3 & o.w3 != 0 }

    /// Whether every concept of `o` is in the set.
    @inline(__always)
    public func isSuperset(of o: ConceptSet) -> Bool {
        w0 & o.w0 == o.w0 && w1 & o.w1 == o.w1 && w2 & o.w2 == o.w2 && w3 & o.w3 == o.w3
    }
}

/// One concept of the lexicon (one `lexicon/concepts/NAME.txt` file), by its index.
public struct Concept: Sendable, Equatable, Hashable {
    public let id: Int
    public init(id: Int) { self.id = id }

    /// A concept no lexicon has (the lexicon holds fewer than `ConceptSet.capacity` concepts, so
    /// the last id is never given out): what a rule reads for a concept its lexicon lacks.
    public static let missing = Concept(id: ConceptSet.capacity - 1)
}
