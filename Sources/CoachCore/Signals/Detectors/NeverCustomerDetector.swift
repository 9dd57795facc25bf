/// Finds a writer saying they were never a customer: "never set foot in", "I've never been
/// there", "haven't eaten here but", "haven't tried their food, but", "didn't even go in",
/// "never bought anything", "I'm not a customer".
///
/// A negation (`never`, `haven't`, `didn't`, `not`) followed by a visit verb (`been`, `eaten`,
/// `tried`, `stayed`, `bought`, `ordered`, `used`, `set foot`...) and a place (`here`, `there`,
/// `in`, `their ...`, `this place`), or a weaker object (`it`, `them`, `anything`) when the
/// sentence goes on with hearsay ("but", "I heard", "apparently").
/// It does not fire on "never been so disappointed", "never waited so long", "never again",
/// on a first visit ("I had never been here before"), or on reported speech ("they claim I
/// never stayed here"). Indirect claims ("never been, never going", "my sister went, not me",
/// "never had the pleasure", "never had a meal here", "I don't shop here and I'm not planning
/// to") are read by `NeverCustomerIndirect.swift`.
enum NeverCustomerDetector {
    static let adverbs: Set<UInt64> = Set([
        "even", "ever", "actually", "personally", "yet", "really", "once", "physically",
        "myself", "technically", "literally", "honestly",
    ].map(WordHash.of))
    private static let into: Set<UInt64> = Set(["in", "inside", "into", "through", "foot"].map(WordHash.of))
    private static let soft: Set<UInt64> = Set(["at", "from", "with", "it", "them", "anything", "any", "one"].map(WordHash.of))
    private static let demonstratives: Set<UInt64> = Set(["this", "that", "these", "those"].map(WordHash.of))
    private static let firstVisit: Set<UInt64> = Set([
        "before", "until", "till", "til", "today", "tonight", "first", "recently", "yesterday",
        "last", "prior", "since", "again", "anymore", "years", "ages", "months", "decades",
        "while", "lately", "back", "previous", "times", "longer",
    ].map(WordHash.of))
    private static let durations: Set<UInt64> = Set([
        "years", "ages", "months", "a", "an", "decades", "forever", "so", "weeks", "awhile",
        "while", "long", "last", "ten", "two", "three", "five", "many", "over", "almost", "nearly",
    ].map(WordHash.of))
    private static let never: UInt64 = 0xcbd8031e3d026dc9  // "never"
    private static let baseForms: Set<UInt64> = Set([
        "eat", "try", "stay", "visit", "buy", "order", "use", "shop", "dine", "go", "book",
        "hire", "enter", "step", "walk", "purchase",
    ].map(WordHash.of))
    private static let pastPerfect: Set<UInt64> = Set(["had", "i'd", "we'd", "id", "hadn't", "hadnt"].map(WordHash.of))
    private static let strongPlaces: Set<UInt64> = Set(["here", "there", "their", "but", "yet", "though", "anything", "nothing"].map(WordHash.of))
    private static let articles: Set<UInt64> = Set(["a", "an", "their", "your", "even", "his", "her", "the", "been", "ever", "really", "actually"].map(WordHash.of))
    private static let customerCompounds: Set<UInt64> = Set([
        "service", "services", "friendly", "focused", "oriented", "care", "experience", "support",
        "base", "satisfaction", "facing", "relations",
    ].map(WordHash.of))
    private static let usedWord = WordHash.of("used")
    private static let setWord: UInt64 = 0x823b87195ce20e23  // "set"
    private static let foot: UInt64 = 0xdd11fc790c24f419  // "foot"
    private static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    private static let like: UInt64 = 0xbf5c99ad695db7d6  // "like"
    private static let ifWord: UInt64 = 0x08b73007b55c3e26  // "if"
    private static let asWord: UInt64 = 0x089c5507b545b54d  // "as"
    private static let aWord: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    private static let anWord: UInt64 = 0x089c3807b5458406  // "an"
    private static let theWord: UInt64 = 0x56f5c9194461d57c  // "the"
    private static let yourWord: UInt64 = 0xd3470d49a88be12a  // "your"

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        let before = out.count
        defer {
            if out.count == before, let k = hearsayOnly(t), let sig = t.sentenceSignal(.neverCustomer, tokens: k, k) {
                out.append(sig)
            }
        }
        // No visit verb, no "meal" and no "customer": nothing to negate.
        guard !t.allClasses.isDisjoint(with: [.experience, .customerNoun, .mealNoun]) else { return }
        var lastSentence: Int32 = -1
        var contrastSentence: Int32 = -1, lastContrast = -1
        var k = 0
        let n = t.tokenCount
        while k < n {
            defer { k += 1 }
            let c = t.tok[k].cls
            guard c.contains(.ncNeg) || c.contains(.negator) else { continue }
            let s = t.tok[k].sentence
            if s == lastSentence { continue }
            let first = t.sentences[Int(s)].firstToken, stop = t.sentences[Int(s)].endToken
            // The last hearsay or contrast word of the sentence, found once per sentence.
            if s != contrastSentence {
                contrastSentence = s
                lastContrast = -1
                var q = stop - 1
                while q >= first { if t.has(q, .contrast) { lastContrast = q; break }; q -= 1 }
            }
            if fires(t, k, first, stop, lastContrast: lastContrast) {
                if let sig = t.sentenceSignal(.neverCustomer, tokens: k, k) { out.append(sig) }
                lastSentence = s
            }
        }
    }

    static func fires(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int, lastContrast: Int) -> Bool {
        // Cheap test first: a visit verb or "customer" must follow closely.
        var near = false
        var q = k + 1
        while q < min(stop, k + 6) {
            if t.has(q, [.experience, .customerNoun]) { near = true; break }
            q += 1
        }
        let elided = elidedClaim(t, k, first, stop)
        let hadVisit = t.has(k, .ncNeg) && hadAVisit(t, k, stop)
        guard near || elided || hadVisit || disowned(t, k, first, stop) || hadThePleasure(t, k, stop) else { return false }
        // Past perfect ("I had never been here before") and reported speech do not count.
        if reportedBefore(t, k, first) { return false }
        var j = k - 1
        while j >= max(first, k - 2) {
            if pastPerfect.contains(t.tok[j].hash) { return false }
            j -= 1
        }
        if t.has(k, .ncNeg) && visitPattern(t, k, first, stop, lastContrast: lastContrast) { return true }
        if disowned(t, k, first, stop) { return true }
        if t.has(k, .ncNeg) && hadThePleasure(t, k, stop) { return true }
        if hadVisit && !DemandDetector.before(t, k, 2, first, .future) { return true }
        if habitRefused(t, k, first, stop) { return true }
        if elided { return true }
        return customerPattern(t, k, first, stop)
    }

    /// never / haven't / didn't + (even) + visit verb + place.
    static func visitPattern(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int, lastContrast: Int) -> Bool {
        // "I'll never eat here", "I would never stay there": a promise, not a history.
        if DemandDetector.before(t, k, 2, first, .future) { return false }
        var v = afterNotThat(t, k, stop) ?? k + 1
        while v < stop && v < k + 6 && adverbs.contains(t.tok[v].hash) { v += 1 }
        guard v < stop, t.has(v, .experience) else { return false }
        let verb = t.tok[v].hash
        if bareClaim(t, k, v, first, stop) || claimThenRefusal(t, k, v, first, stop) { return true }
        guard v + 1 < stop else { return false }
        // "Never eat here!": advice to others, with no subject, not a statement about oneself.
        let subjectless = t.tok[k].hash == never && (k == first || t.tok[k - 1].clause != t.tok[k].clause)
        if subjectless && baseForms.contains(verb) { return false }
        var o = v + 1
        // "not been myself but", "never eaten there personally": adverbs after the verb too.
        while o + 1 < stop && adverbs.contains(t.tok[o].hash) { o += 1 }
        let h1 = t.tok[o].hash
        if verb == setWord { return h1 == foot }
        // "they're not used to the crowds": used to, accustomed, not a visit.
        if verb == usedWord && h1 == to { return false }
        // A first visit described in the present perfect: "never been here before today".
        var q = o
        while q < min(stop, o + 5) { if firstVisit.contains(t.tok[q].hash) { return false }; q += 1 }
        if into.contains(h1) {
            if o + 1 < stop && t.tok[o + 1].clause == t.tok[o].clause && durations.contains(t.tok[o + 1].hash) && t.tok[o].hash != foot { return false }  // "haven't been in years"
            return true
        }
        if strongPlaces.contains(h1) { return true }
        if h1 == to {
            o += 1
            guard o < stop else { return false }
            let h2 = t.tok[o].hash
            if h2 == aWord || h2 == anWord { return false }
            return demonstratives.contains(h2) || strongPlaces.contains(h2) || h2 == theWord
                || h2 == yourWord || t.tok[o].shape.contains(.titleCase)
        }
        if demonstratives.contains(h1) {
            return (o + 1 < stop && t.has(o + 1, .placeNoun)) || (o + 2 < stop && t.has(o + 2, .placeNoun))
        }
        if soft.contains(h1) || t.has(o, .placeNoun) {
            // Weaker: needs hearsay or a contrast later in the sentence, or the claim to end its
            // clause with no subject before it ("Never ordered from them, one star because ...").
            // Not when the next clause is about the writer's household ("never used them, my wife booked").
            let end = o + 1 < stop && t.tok[o + 1].clause != t.tok[o].clause ? o : o + 1
            let bare = k == first && t.tok[k].hash == never
                && (end + 1 >= stop || t.tok[end + 1].clause != t.tok[end].clause && !t.has(end, .placeNoun)
                    && !DemandDetector.before(t, min(stop, end + 5), 4, end + 1, .firstPerson))
            return lastContrast > o || refusalFollows(t, o) || bare
        }
        return false
    }

    /// not / never / wasn't + (even) + (a / their) + customer.
    static func customerPattern(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        // A comparison ("handled like a bother and not a customer", "treated as a number, not a
        // customer") or a condition, a few words back.
        var j = k - 1
        while j >= max(first, k - 5) {
            let h = t.tok[j].hash
            if h == like || h == ifWord || h == asWord { return false }
            j -= 1
        }
        // Someone else ("a man who was not a customer", "she's not even a customer"): only
        // the writer, or no subject at all, says they are no customer.
        j = k - 1
        while j >= max(first, k - 3) && t.tok[j].clause == t.tok[k].clause {
            if otherSubjects.contains(t.tok[j].hash) { return false }
            if t.has(j, .firstPerson) { break }
            j -= 1
        }
        // A question ("after all that, am I not a customer too?"): a protest, not a statement.
        if endsWithQuestion(t, stop) { return false }
        var o = k + 1
        var skipped = 0
        while o < stop && skipped < 3 && (articles.contains(t.tok[o].hash) || adverbs.contains(t.tok[o].hash)) { o += 1; skipped += 1 }
        guard o < stop, t.has(o, .customerNoun) else { return false }
        if o + 1 < stop && customerCompounds.contains(t.tok[o + 1].hash) { return false }
        return true
    }

    /// Subjects that are not the writer: a third person, or a relative pronoun.
    private static let otherSubjects: Set<UInt64> = Set([
        "he", "she", "they", "it", "who", "which", "he's", "she's", "they're", "theyre", "hes", "shes",
        "it's", "its", "whom", "kid", "boy", "girl", "man", "woman", "guy", "lady",
    ].map(WordHash.of))

    /// Whether the sentence ending before token `stop` ends with a question mark.
    static func endsWithQuestion(_ t: ReviewText, _ stop: Int) -> Bool {
        guard stop > 0 else { return false }
        var b = t.tok[stop - 1].end
        let limit = stop < t.tokenCount ? t.tok[stop].start : t.bytes.count
        while b < limit {
            let c = t.bytes[b]
            if c == 0x3F { return true }
            if c == 0x2E || c == 0x21 || c == 0x0A { return false }
            b += 1
        }
        return false
    }

    /// Reported speech before the negation ("they claim I never stayed"), but not the writer's
    /// own "to say" ("just here to say I've never been").
    static func reportedBefore(_ t: ReviewText, _ k: Int, _ first: Int) -> Bool {
        var j = k - 1
        while j >= max(first, k - 5) {
            if t.has(j, .reported) { return !(j > first && t.tok[j - 1].hash == to) }
            j -= 1
        }
        return false
    }
}
