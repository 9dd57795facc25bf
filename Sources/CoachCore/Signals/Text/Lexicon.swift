/// The word families the detectors are built on. A word may belong to several families.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    /// Bit tests written out, so they inline in the detectors' hot loops (the generic
    /// `OptionSet` versions are not always inlined). Same meaning as the protocol's.
    @inline(__always) func contains(_ member: WordClass) -> Bool { rawValue & member.rawValue == member.rawValue }
    @inline(__always) func isDisjoint(with other: WordClass) -> Bool { rawValue & other.rawValue == 0 }

    // Demand
    static let value = WordClass(rawValue: 1 << 0)          // refund, discount, comp, free, gift card...
    static let remedy = WordClass(rawValue: 1 << 1)         // fix, resolve, respond, replace...
    static let postVerb = WordClass(rawValue: 1 << 2)       // post, leave, write, change, update...
    static let pronounOK = WordClass(rawValue: 1 << 3)      // verbs whose object may be "it"/"this": delete, remove, post
    static let reviewObject = WordClass(rawValue: 1 << 4)   // review, rating, stars, feedback
    static let platform = WordClass(rawValue: 1 << 5)       // yelp, google, facebook, online, everywhere
    static let audience = WordClass(rawValue: 1 << 6)       // everyone, world, people, followers
    static let exposure = WordClass(rawValue: 1 << 7)       // hear, know, find, learn, see, read
    static let future = WordClass(rawValue: 1 << 8)         // will, 'll, won't, gonna, i'm, would
    static let firstPerson = WordClass(rawValue: 1 << 9)    // i, we, i'm, i'll, me, us
    static let condStrong = WordClass(rawValue: 1 << 10)    // unless, otherwise
    static let condWeak = WordClass(rawValue: 1 << 11)      // if, once, when, after, until
    static let negator = WordClass(rawValue: 1 << 12)       // not, don't, never, won't...
    static let request = WordClass(rawValue: 1 << 13)       // give, send, get, offer, want, expect
    static let objPronoun = WordClass(rawValue: 1 << 14)    // me, us, my, our
    static let imperative = WordClass(rawValue: 1 << 15)    // refund, give, comp, send, fix (as a first word)
    static let filler = WordClass(rawValue: 1 << 16)        // please, just, so, ok (before an imperative)
    static let consequence = WordClass(rawValue: 1 << 17)   // stays, remains, goes, comes (down/up)
    static let badRating = WordClass(rawValue: 1 << 18)     // bad, negative, one, zero, 1
    static let wantVerb = WordClass(rawValue: 1 << 19)      // want, asking, need, looking (negated want)

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
    static let willing = WordClass(rawValue: 1 << 46)       // happy, willing, prepared, gladly, might: an offered action
    static let removedState = WordClass(rawValue: 1 << 47)  // gone, removed, deleted, down: "want this review gone"
    static let governs = WordClass(rawValue: 1 << 48)       // if, unless, until, once, before, when, should: may govern a value
    static let momentWord = WordClass(rawValue: 1 << 49)    // moment, minute, second: "the moment my money arrives"
    static let narrative = WordClass(rawValue: 1 << 50)     // asked, was, got, offered: past narrative, not a price
    static let duration = WordClass(rawValue: 1 << 51)      // minutes, days, weeks: "broke after two days" is time, not a condition
    static let temporal = WordClass(rawValue: 1 << 52)      // after, before, until, when: conditions that may only tell the time

    // Never a customer (hearsay)
    static let hearsay = WordClass(rawValue: 1 << 53)       // friend, cousin, neighbour, heard: someone else's word

    // Demand (a rating earned)
    static let earnVerb = WordClass(rawValue: 1 << 54)      // earn, get, win, buy: "would earn you a star"
    static let pastForm = WordClass(rawValue: 1 << 55)      // was, went, ate, paid: the writer's own past, outside hearsay

    // Never a customer (what a visit consists of, and second-hand knowledge)

    // Demand (a price cut, a rating that rises)
    static let priceNoun = WordClass(rawValue: 1 << 58)     // bill, price, total, invoice: "knock the bill down"
    static let cutVerb = WordClass(rawValue: 1 << 59)       // knock, cut, slash, halve: "cut the price in half"
    static let riseVerb = WordClass(rawValue: 1 << 60)      // go, climb, shoot: "and the stars go back up"
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
