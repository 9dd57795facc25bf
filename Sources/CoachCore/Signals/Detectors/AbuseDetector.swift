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
    private static let curses: Set<UInt64> = Set([
        "fuck", "fck", "fuk", "fk", "screw", "frick", "stuff", "sod", "f*ck", "f**k", "f***", "fu*k", "f*k",
    ].map(WordHash.of))
    private static let cursed: Set<UInt64> = Set(["you", "u", "ya", "y'all", "yall", "off", "them", "him", "her", "yourself", "yourselves"].map(WordHash.of))
    private static let stoppers: Set<UInt64> = Set(["and", "but", "or", "so", "because", "while", "which", "it", "that", "this"].map(WordHash.of))
    private static let treat: Set<UInt64> = Set([
        "treat", "treats", "treated", "treating", "talked", "talks", "spoke", "speak", "speaks",
    ].map(WordHash.of))
    private static let selfVerbs: Set<UInt64> = Set([
        "felt", "feel", "feeling", "look", "looked", "looking", "called", "call", "calling", "treated",
        "treat", "treating", "made", "make", "making", "like", "as", "an", "a", "such", "complete",
        "total", "been", "am", "was", "be", "being", "seem", "seemed", "sound", "sounded", "think",
        "thought", "played", "labelled", "labeled", "named",
    ].map(WordHash.of))
    private static let openPersons: Set<UInt64> = Set([
        "whoever", "anyone", "anybody", "everyone", "everybody", "whoever's", "people", "those",
    ].map(WordHash.of))
    private static let me: UInt64 = 0x08a95f07b55050a7  // "me"
    private static let us: UInt64 = 0x08c43d07b566de99  // "us"
    private static let myself: UInt64 = 0xa60ac5526987a29d  // "myself"
    private static let proof: UInt64 = 0xf96ca0246daa2be9  // "proof"
    private static let go: UInt64 = 0x08953907b53f670b  // "go"
    private static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    private static let hell: UInt64 = 0x0a98fccc5fa23b26  // "hell"
    private static let f: UInt64 = 0xaf63db4c8601ead9  // "f"
    private static let kWord: UInt64 = 0xaf63e64c8601fd8a  // "k"

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        // No insult or curse word at all.
        guard !t.allClasses.isDisjoint(with: [.insult, .insultAmbiguous, .insultAdjective, .curse]) else { return }
        var lastSentence: Int32 = -1
        let n = t.tokenCount
        var k = 0
        while k < n {
            defer { k += 1 }
            let c = t.tok[k].cls
            let h = t.tok[k].hash
            let isCurse = c.contains(.curse) && (curses.contains(h) || h == f || h == go)
            guard isCurse || c.contains(.insult) || c.contains(.insultAmbiguous) || c.contains(.insultAdjective) else { continue }
            let s = t.tok[k].sentence
            if s == lastSentence { continue }
            let first = t.sentences[Int(s)].firstToken, stop = t.sentences[Int(s)].endToken
            if fires(t, k, first, stop, isCurse: isCurse) {
                if let sig = t.sentenceSignal(.abusive, tokens: k, k) { out.append(sig) }
                lastSentence = s
            }
        }
    }

    static func fires(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int, isCurse: Bool) -> Bool {
        let c = t.tok[k].cls
        let h = t.tok[k].hash
        if isCurse {
            guard k + 1 < stop else { return false }
            let h1 = t.tok[k + 1].hash
            if h == go { return h1 == to && k + 2 < stop && t.tok[k + 2].hash == hell }
            if h == f { return h1 == kWord && k + 2 < stop && cursed.contains(t.tok[k + 2].hash) }
            return cursed.contains(h1)
        }
        // The writer about themselves, or reporting an insult at them, or a negated insult.
        if aimedAtSelf(t, k, first, stop) { return false }
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

    /// "I'm such an idiot", "I felt like an idiot", "he called me a moron", "treated us like
    /// idiots", "idiot me": the writer is the one named (or reports being named). Not "the guy
    /// next to us was a jerk", where "us" is followed by the copula of another subject.
    static func aimedAtSelf(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        if k + 1 < stop && (t.tok[k + 1].hash == me || t.tok[k + 1].hash == myself) { return true }
        if k + 1 < stop && t.tok[k + 1].hash == proof { return true }  // "idiot-proof"
        // "they treat customers like idiots": how someone was treated, not a name called.
        var q = k - 1
        while q >= max(first, k - 5) {
            if treat.contains(t.tok[q].hash) { return true }
            q -= 1
        }
        var j = k - 1
        let lo = max(first, k - 5)
        while j >= lo {
            if t.has(j, .selfRef) {
                let h = t.tok[j].hash
                if (h == me || h == us) && j + 1 < k && copulas.contains(t.tok[j + 1].hash) { return false }
                return true
            }
            if !t.has(j, .linker) && !selfVerbs.contains(t.tok[j].hash) { return false }
            j -= 1
        }
        return false
    }

    /// A person, then a copula or "you", then only linking words up to the insult:
    /// "the manager is a pig", "you're all liars", "a bunch of thieves". The person must be the
    /// subject just before the copula, in the same clause ("the staff was rude and the food was
    /// garbage" is about the food).
    static func aimedAtPerson(_ t: ReviewText, _ k: Int, _ first: Int) -> Bool {
        var j = k - 1
        var sawCopula = false
        let lo = max(first, k - 8)
        while j >= lo {
            if copulas.contains(t.tok[j].hash) { sawCopula = true; break }
            // "a bunch of cowboys and crooks", "a liar and a cheat": through a list of insults.
            let listed = t.tok[j].hash == W.and || t.tok[j].hash == W.or || t.has(j, [.insult, .insultAmbiguous])
            if !t.has(j, .linker) && !listed { break }
            j -= 1
        }
        guard sawCopula else { return false }
        if t.has(j, .person) { return true }
        // "whoever runs this dump is ...", "anyone who charges that is ...": the clause's subject.
        var s = j - 1
        while s >= max(first, j - 9) && t.tok[s].clause == t.tok[j].clause { s -= 1 }
        if s + 1 < j && stoppers.contains(t.tok[s + 1].hash) { s += 1 }  // "but anyone who ..."
        if openPersons.contains(t.tok[s + 1].hash) { return true }
        var q = j - 1
        let clause = t.tok[j].clause
        while q >= max(first, j - 4) && t.tok[q].clause == clause {
            if t.has(q, .person) { return true }
            if stoppers.contains(t.tok[q].hash) || t.has(q, .placeNoun) || t.has(q, .reviewObject) { return false }
            q -= 1
        }
        return false
    }
}
