/// The word families the detectors are built on. A word may belong to several families.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    /// Bit tests written out, so they inline in the detectors' hot loops (the generic
    /// `OptionSet` versions are not always inlined). Same meaning as the protocol's.
    @inline(__always) func contains(_ member: WordClass) -> Bool { rawValue & member.rawValue == member.rawValue }
    @inline(__always) func isDisjoint(with other: WordClass) -> Bool { rawValue & other.rawValue == 0 }

    // Demand
    static let value = WordClass(rawValue: 1 << 0)          // refund, discount, comp, free, gift card...
    static let reviewObject = WordClass(rawValue: 1 << 4)   // review, rating, stars, feedback
    static let platform = WordClass(rawValue: 1 << 5)       // yelp, google, facebook, online, everywhere
    static let audience = WordClass(rawValue: 1 << 6)       // everyone, world, people, followers
    static let exposure = WordClass(rawValue: 1 << 7)       // hear, know, find, learn, see, read
    static let future = WordClass(rawValue: 1 << 8)         // will, 'll, won't, gonna, i'm, would
    static let firstPerson = WordClass(rawValue: 1 << 9)    // i, we, i'm, i'll, me, us
    static let negator = WordClass(rawValue: 1 << 12)       // not, don't, never, won't...
    static let request = WordClass(rawValue: 1 << 13)       // give, send, get, offer, want, expect
    static let imperative = WordClass(rawValue: 1 << 15)    // refund, give, comp, send, fix (as a first word)
    static let badRating = WordClass(rawValue: 1 << 18)     // bad, negative, one, zero, 1

    // Never a customer
    static let contrast = WordClass(rawValue: 1 << 23)      // but, yet, though, heard, apparently
    static let reported = WordClass(rawValue: 1 << 24)      // said, claim, claims, insists

    // Abuse
    static let person = WordClass(rawValue: 1 << 29)        // staff, owner, manager, you, they

    // Specific detail
    static let month = WordClass(rawValue: 1 << 34)
    static let weekday = WordClass(rawValue: 1 << 35)
    static let idNoun = WordClass(rawValue: 1 << 36)        // order, booking, receipt, invoice
    static let role = WordClass(rawValue: 1 << 37)          // waiter, server, manager (before a name)
    static let notName = WordClass(rawValue: 1 << 38)       // capitalised words that are not names
    static let relativeDay = WordClass(rawValue: 1 << 39)   // yesterday, tonight

    // Abuse

    // Demand (offers)

    // Never a customer (hearsay)
    static let hearsay = WordClass(rawValue: 1 << 53)       // friend, cousin, neighbour, heard: someone else's word

    // Demand (a rating earned)
    static let pastForm = WordClass(rawValue: 1 << 55)      // was, went, ate, paid: the writer's own past, outside hearsay

    // Never a customer (what a visit consists of, and second-hand knowledge)

    // Demand (a price cut, a rating that rises)
}

/// A fixed open-addressing table from word hash to word classes, built once from the word lists.
/// Immutable after construction; lookups cost one multiply and a probe or two.
struct Lexicon: Sendable {
    private let keys: [UInt64]
    private let values: [UInt64]
    private let mask: Int

    /// The one lexicon the detectors share (immutable).
    static let shared = Lexicon(entries: Lexicon.wordLists)

    init(entries: [(WordClass, [String])]) {
        var merged: [UInt64: UInt64] = [:]
        for (cls, words) in entries {
            for w in words { merged[WordHash.of(w), default: 0] |= cls.rawValue }
        }
        var cap = 16
        while cap < merged.count * 4 { cap <<= 1 }
        var keys = [UInt64](repeating: 0, count: cap)
        var values = [UInt64](repeating: 0, count: cap)
        let mask = cap - 1
        for (k, v) in merged.sorted(by: { $0.key < $1.key }) {
            var i = Lexicon.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The classes of the word with this hash (empty if it is not in the lexicon).
    @inline(__always)
    func classes(of h: UInt64) -> WordClass {
        var i = Lexicon.slot(h, mask)
        while true {
            let k = keys[i]
            if k == h { return WordClass(rawValue: values[i]) }
            if k == 0 { return [] }
            i = (i + 1) & mask
        }
    }
}
