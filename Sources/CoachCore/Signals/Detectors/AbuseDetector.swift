/// Finds insults or slurs aimed at people ("useless morons at the counter", "the owner is a
/// jerk", "you're all liars", "everyone who works here is a thief", "stupid waiter").
///
/// Three families: words that only ever name people (idiot, moron, jerk, scumbag: always
/// abusive); words that insult people only when said of one (pig, thief, liar, trash, clown:
/// need a person and a copula, "the manager is a pig", "you thieves", "a bunch of crooks");
/// and insulting adjectives next to a person ("stupid waitress", "the staff are so dumb").
/// Insults of things ("the food was garbage", "terrible service", "shit pizza") do not fire,
/// nor does the writer calling themselves names or reporting being called one ("I felt like an
/// idiot", "he called me a moron"), nor a negated insult ("the staff are not idiots").
enum AbuseDetector {
    private static let copulas: Set<UInt64> = Set([
        "is", "are", "was", "were", "'s", "'re", "you", "you're", "youre", "they're", "theyre",
        "he's", "she's", "hes", "shes", "bunch", "pack", "den", "gang", "band", "ur", "u",
        "be", "being", "acts", "acted", "behaves", "behaved", "these", "those", "complete",
        "total", "absolute", "utter",
    ].map(WordHash.of))
    private static let curses: Set<UInt64> = Set(["fuck", "fck", "fuk", "fk", "screw", "frick", "stuff", "sod"].map(WordHash.of))
    private static let cursed: Set<UInt64> = Set(["you", "u", "ya", "y'all", "yall", "off", "them", "him", "her", "yourself", "yourselves"].map(WordHash.of))
    private static let stoppers: Set<UInt64> = Set(["and", "but", "or", "so", "because", "while", "which", "it", "that", "this"].map(WordHash.of))
    private static let go = WordHash.of("go"), to = WordHash.of("to"), hell = WordHash.of("hell")
    private static let f = WordHash.of("f"), kWord = WordHash.of("k")

    static func detect(_ t: ReviewText) -> [Signal] {
        var out: [Signal] = []
        var lastSentence: Int32 = -1
        let n = t.tokenCount
        var k = 0
        while k < n {
            defer { k += 1 }
            let c = t.cls[k]
            let h = t.hash[k]
            let isCurse = curses.contains(h) || h == f || h == go
            guard isCurse || c.contains(.insult) || c.contains(.insultAmbiguous) || c.contains(.insultAdjective) else { continue }
            let s = t.sentenceOf[k]
            if s == lastSentence { continue }
            let first = t.sentenceFirstToken[Int(s)], stop = t.sentenceEndToken[Int(s)]
            if fires(t, k, first, stop, isCurse: isCurse) {
                if let sig = t.sentenceSignal(.abusive, tokens: k, k) { out.append(sig) }
                lastSentence = s
            }
        }
        return out
    }

    static func fires(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int, isCurse: Bool) -> Bool {
        let c = t.cls[k]
        let h = t.hash[k]
        if isCurse {
            guard k + 1 < stop else { return false }
            let h1 = t.hash[k + 1]
            if h == go { return h1 == to && k + 2 < stop && t.hash[k + 2] == hell }
            if h == f { return h1 == kWord && k + 2 < stop && cursed.contains(t.hash[k + 2]) }
            return cursed.contains(h1)
        }
        // The writer about themselves, or reporting an insult at them, or a negated insult.
        if DemandDetector.before(t, k, 4, first, .selfRef) { return false }
        if DemandDetector.before(t, k, 2, first, .negator) { return false }
        if c.contains(.insult) { return true }
        if c.contains(.insultAmbiguous) { return aimedAtPerson(t, k, first) }
        // An insulting adjective: "stupid waiter", or "the staff are so dumb".
        var j = k + 1
        while j < min(stop, k + 3) {
            if t.has(j, .person) { return true }
            j += 1
        }
        return aimedAtPerson(t, k, first)
    }

    /// A person, then a copula or "you", then only linking words up to the insult:
    /// "the manager is a pig", "you're all liars", "a bunch of thieves". The person must be the
    /// subject just before the copula, in the same clause ("the staff was rude and the food was
    /// garbage" is about the food).
    static func aimedAtPerson(_ t: ReviewText, _ k: Int, _ first: Int) -> Bool {
        var j = k - 1
        var sawCopula = false
        let lo = max(first, k - 5)
        while j >= lo {
            if copulas.contains(t.hash[j]) { sawCopula = true; break }
            if !t.has(j, .linker) { break }
            j -= 1
        }
        guard sawCopula else { return false }
        if t.has(j, .person) { return true }
        var q = j - 1
        let clause = t.clauseOf[j]
        while q >= max(first, j - 4) && t.clauseOf[q] == clause {
            if t.has(q, .person) { return true }
            if stoppers.contains(t.hash[q]) || t.has(q, .placeNoun) || t.has(q, .reviewObject) { return false }
            q -= 1
        }
        return false
    }
}
