/// A review that only passes on someone else's word, with nothing the writer did there: "My
/// cousin says their pizza gave him food poisoning. Avoid.", "A friend told me the food here
/// made her sick, so one star from me", "Heard from a neighbour that they overcharge".
///
/// Two parts, both needed:
/// - an opener: a sentence that starts with a friend, cousin, neighbour... (not close family,
///   who are often the customer) as the subject of a reporting verb ("says", "told me the..."),
///   or with "heard from / heard that"; one that credits a friend at its end ("..., according
///   to a friend of mine"); or the writer's second-hand knowledge ("going off what I read");
/// - no sign of the writer's own visit anywhere: no "I" or "we" as a subject that is not negated,
///   hedged or reporting ("I certainly haven't", "I'd avoid", "I was told"), no "my meal" or
///   "our order", no "served us", no past tense outside the hearsay (`.pastForm` or "-ed"), no "but" against it.
/// "My friend recommended this place, big mistake" (no reporting verb), "A friend told me to try
/// it" (advice, not a report) and "My sister says it was cold, and my chips were too" do not fire.
extension NeverCustomerDetector {
    private static let openers: Set<UInt64> = Set(["my", "a", "one", "some", "someone", "somebody", "our"].map(WordHash.of))
    private static let reportVerbs: Set<UInt64> = Set([
        "says", "said", "told", "tells", "reckons", "reckoned", "swears", "swore", "claims",
        "claimed", "warned", "mentioned", "reported", "insists",
    ].map(WordHash.of))
    /// What may not follow a reporting verb for it to be a report: "told me to try", "about it".
    private static let notReports: Set<UInt64> = Set(["to", "about", "of", "so", "how", "i", "we", "yes", "no"].map(WordHash.of))
    private static let heardThat: Set<UInt64> = Set([
        "from", "that", "they", "they're", "theyre", "it's", "its", "rumours", "rumors", "stories",
    ].map(WordHash.of))
    private static let heardLeads: Set<UInt64> = Set(["i", "we", "i've", "ive", "we've", "weve", "have", "had", "i'd", "id"].map(WordHash.of))
    private static let fromWord: UInt64 = 0x7f845078d7a5c0b5  // "from"
    private static let heard: UInt64 = 0x8b07544672a625d3  // "heard"
    private static let subjects: Set<UInt64> = Set([
        "i", "we", "i've", "ive", "we've", "weve", "i'd", "we'd", "id", "wed", "i'm", "im", "we're",
    ].map(WordHash.of))
    private static let possessives: Set<UInt64> = Set(["my", "our"].map(WordHash.of))
    private static let objects: Set<UInt64> = Set(["me", "us"].map(WordHash.of))
    /// Words after "I" that say nothing of a visit: a guess, a plan, a refusal, a report.
    private static let hedges: Set<UInt64> = Set([
        "would", "will", "going", "gonna", "avoid", "rather", "recommend", "stay", "guess",
        "suppose", "hope", "heard", "hear", "know", "knew", "wouldn't", "wouldnt", "wont", "won't",
        "wish", "feel", "believe", "doubt",
    ].map(WordHash.of))
    /// Possessed words that are not the writer's own purchase: "in my opinion", "worth my while".
    private static let notOwned: Set<UInt64> = Set(["opinion", "view", "advice", "while", "god", "gosh"].map(WordHash.of))
    private static let against: Set<UInt64> = Set(["but", "however", "though"].map(WordHash.of))

    /// The token of the hearsay opener if the whole review is hearsay, else nil.
    static func hearsayOnly(_ t: ReviewText) -> Int? {
        guard !t.allClasses.isDisjoint(with: [.hearsay, .secondhand]) else { return nil }
        var opener = -1
        var hearsaySentences: [Int32] = []
        var readSentences: [Int32] = []  // "going off what I read ...": the writer's own verdict may follow "but"
        var q = 0
        while q < t.tokenCount {
            defer { q += 1 }
            guard t.tok[q].cls.rawValue & (WordClass.hearsay.rawValue | WordClass.secondhand.rawValue) != 0 else { continue }
            let s = t.tok[q].sentence
            if hearsaySentences.last == s { continue }
            let first = t.sentences[Int(s)].firstToken, stop = t.sentences[Int(s)].endToken
            var k: Int? = nil
            if q < first + 4 && t.has(q, .hearsay) { k = reportOpener(t, first, stop) }  // a report opens its sentence
            if k == nil && t.has(q, .secondhand) && whatIRead(t, q, first) { k = first; readSentences.append(s) }
            if k == nil && t.has(q, .hearsay) && accordingTo(t, q, first) { k = q }
            if let k {
                if opener < 0 { opener = k }
                hearsaySentences.append(s)
            }
        }
        guard opener >= 0 else { return nil }
        let n = t.tokenCount
        var k = 0
        while k < n {
            let h = t.tok[k].hash
            let s = t.tok[k].sentence
            let inHearsay = hearsaySentences.contains(s)
            let c = t.tok[k].cls.rawValue
            if c & WordClass.firstPerson.rawValue != 0 {
                if subjects.contains(h) && !hedged(t, k) && !(k > 0 && t.tok[k - 1].hash == W.what && t.has(k + 1, .secondhand)) { return nil }
                if possessives.contains(h), k + 1 < n, t.sameSentence(k, k + 1),
                    !t.has(k + 1, .hearsay), !notOwned.contains(t.tok[k + 1].hash)
                {
                    return nil
                }
                if objects.contains(h), k > 0, !reportVerbs.contains(t.tok[k - 1].hash), !t.has(k - 1, .reported),
                    t.tok[k - 1].hash != fromWord
                {
                    return nil
                }
            }
            if inHearsay && c & WordClass.contrast.rawValue != 0 && against.contains(h) && !readSentences.contains(s) { return nil }
            if !inHearsay && (c & WordClass.pastForm.rawValue != 0 || t.isPastTense(k))
                && !DemandDetector.before(t, k, 2, t.sentences[Int(s)].firstToken, .negator)
            {
                return nil
            }
            k += 1
        }
        return opener
    }

    private static let readLeads: Set<UInt64> = Set(["off", "by", "on", "from", "going", "judging", "based"].map(WordHash.of))

    /// "going off what I read", "based on what I've heard", "from what we've seen": the
    /// writer's knowledge is second-hand. `q` is the reading verb.
    static func whatIRead(_ t: ReviewText, _ q: Int, _ first: Int) -> Bool {
        var j = q - 1
        if j > first && t.tok[j].hash == W.have { j -= 1 }
        guard j - 2 >= first, t.has(j, .firstPerson), t.tok[j - 1].hash == W.what else { return false }
        return readLeads.contains(t.tok[j - 2].hash)
    }

    /// "..., according to a friend of mine": a report credited at the end of its sentence.
    /// `q` is the friend, cousin or neighbour.
    static func accordingTo(_ t: ReviewText, _ q: Int, _ first: Int) -> Bool {
        var j = q - 1
        while j > first && j >= q - 4 {
            if t.tok[j].hash == W.according { return t.tok[j + 1].hash == W.to }
            j -= 1
        }
        return false
    }

    /// "My cousin says ...", "A friend told me the ...", "Heard from a neighbour ...": the token
    /// that opens a report of someone else's visit, or nil.
    static func reportOpener(_ t: ReviewText, _ first: Int, _ stop: Int) -> Int? {
        guard first < stop else { return nil }
        let h0 = t.tok[first].hash
        // "Heard from ...", "I've heard that ...".
        var hv = -1
        if h0 == heard { hv = first }
        else if heardLeads.contains(h0) && first + 1 < stop && t.tok[first + 1].hash == heard { hv = first + 1 }
        else if heardLeads.contains(h0) && first + 2 < stop && t.tok[first + 2].hash == heard { hv = first + 2 }
        if hv >= 0 { return hv + 1 < stop && heardThat.contains(t.tok[hv + 1].hash) ? first : nil }
        // "My mate works in the kitchen there and says ...".
        var rel = -1
        if t.has(first, .hearsay) { rel = first }
        else if openers.contains(h0) {
            var j = first + 1
            while j < min(stop, first + 4) { if t.has(j, .hearsay) { rel = j; break }; j += 1 }
        }
        guard rel >= 0, t.tok[rel].hash != heard else { return nil }
        var v = rel + 1
        while v < min(stop, rel + 9) {
            if reportVerbs.contains(t.tok[v].hash) {
                var a = v + 1
                if a < stop && objects.contains(t.tok[a].hash) { a += 1 }
                return a < stop && !notReports.contains(t.tok[a].hash) ? first : nil
            }
            v += 1
        }
        return nil
    }

    /// Whether the "I" or "we" at `k` is negated, hedged or reporting ("I certainly haven't",
    /// "I'd avoid", "I was told", "we won't be going").
    private static func hedged(_ t: ReviewText, _ k: Int) -> Bool {
        var j = k + 1
        while j < min(t.tokenCount, k + 4) && t.sameSentence(k, j) {
            if t.has(j, [.negator, .ncNeg, .reported]) || hedges.contains(t.tok[j].hash) { return true }
            j += 1
        }
        return false
    }
}
