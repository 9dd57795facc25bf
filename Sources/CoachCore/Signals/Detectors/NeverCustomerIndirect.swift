/// The indirect ways a writer says they were never a customer: a bare "never been" ("never
/// been, never going"), "not that I've ever eaten here", "my sister went, not me", and a weak
/// object confirmed by a refusal to come ("I've never used them and I never will", "Haven't
/// tried it. Don't plan to.").
extension NeverCustomerDetector {
    /// Participles that make a whole claim with no place after them ("never been, ...").
    private static let bareParticiples: Set<UInt64> = Set([
        "been", "eaten", "stayed", "visited", "tried", "used", "shopped", "dined",
    ].map(WordHash.of))
    /// Words that may follow a bare claim in the same clause ("I've never been and never will").
    private static let bareFollowers: Set<UInt64> = Set(["and", "but", "nor", "lol", "tbh", "either"].map(WordHash.of))
    /// A refusal to come that confirms a weak claim: "never", "won't", "don't plan to".
    private static let refusalHeads: Set<UInt64> = Set(["don't", "dont", "not", "no"].map(WordHash.of))
    private static let refusalVerbs: Set<UInt64> = Set([
        "plan", "planning", "intend", "intending", "going", "gonna", "want", "wanna", "will",
    ].map(WordHash.of))
    private static let refusalLinks: Set<UInt64> = Set(["and", "but", "so", "nor", "n", "&"].map(WordHash.of))
    private static let firmRefusals: Set<UInt64> = Set(["never", "won't", "wont", "nvr"].map(WordHash.of))
    private static let notThat: UInt64 = 0x256cadef3232570c  // "that"
    private static let me: UInt64 = 0x08a95f07b55050a7  // "me"
    private static let myself: UInt64 = 0xa60ac5526987a29d  // "myself"
    private static let not: UInt64 = 0x215ad619258e9f4a  // "not"

    /// "never been, never going", "I've never been and ...", "Never eaten there." (no place
    /// needed when the claim ends its clause). Only with the writer as subject, or none.
    static func bareClaim(_ t: ReviewText, _ k: Int, _ v: Int, _ first: Int, _ stop: Int) -> Bool {
        guard bareParticiples.contains(t.tok[v].hash) else { return false }
        let ownSubject = k == first || t.tok[k - 1].clause != t.tok[k].clause || t.has(k - 1, .firstPerson)
            || (k - 2 >= first && t.has(k - 2, .firstPerson) && t.has(k - 1, .ncNeg))
        guard ownSubject else { return false }
        // "never been myself and ...", "haven't eaten there personally": adverbs after it too.
        var w = v + 1
        while w < stop && w < v + 3 && adverbs.contains(t.tok[w].hash) { w += 1 }
        if w >= stop { return true }
        if t.tok[w].clause != t.tok[w - 1].clause { return true }
        return bareFollowers.contains(t.tok[w].hash) || neverWill(t, w, stop)
    }

    /// "never will", "won't", "never gonna" at `w`: a refusal closing a claim with no comma
    /// ("never been never will go"), a firm refusal word followed by a future or by nothing.
    static func neverWill(_ t: ReviewText, _ w: Int, _ stop: Int) -> Bool {
        guard w < stop, firmRefusals.contains(t.tok[w].hash) else { return false }
        return w + 1 >= stop || t.tok[w + 1].clause != t.tok[w].clause || t.has(w + 1, .future)
    }

    /// "Never ordered, never will", "never used them, won't": a claim ending its clause with
    /// the next clause opening on a refusal, whatever the visit verb. Only with the writer as
    /// subject, or none; not "never ordered the fish, never will again" (the refusal must end).
    static func claimThenRefusal(_ t: ReviewText, _ k: Int, _ v: Int, _ first: Int, _ stop: Int) -> Bool {
        let ownSubject = k == first || t.tok[k - 1].clause != t.tok[k].clause || t.has(k - 1, .firstPerson)
            || (k - 2 >= first && t.has(k - 2, .firstPerson) && t.has(k - 1, .ncNeg))
        guard ownSubject, v + 1 < stop, t.tok[v + 1].clause != t.tok[v].clause else { return false }
        return neverWill(t, v + 1, stop)
    }

    private static let haveHad: Set<UInt64> = Set(["had", "have", "eaten", "tried"].map(WordHash.of))
    private static let oneOf: Set<UInt64> = Set(["a", "an", "one", "single"].map(WordHash.of))
    private static let here: Set<UInt64> = Set(["here", "there"].map(WordHash.of))

    /// "Never had a meal here", "haven't had a drink there, never will": never + had + a +
    /// what a visit consists of (`.mealNoun`) + here/there, the claim ending its clause or going
    /// on with "and", "but" or a refusal. Not "never had a haircut this bad", "never had a bad
    /// meal here" (an adjective: a comparison), "never had a meal here that was hot".
    static func hadAVisit(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard k + 4 < stop, haveHad.contains(t.tok[k + 1].hash), oneOf.contains(t.tok[k + 2].hash),
            t.has(k + 3, .mealNoun), here.contains(t.tok[k + 4].hash)
        else { return false }
        let w = k + 5
        if w >= stop || t.tok[w].clause != t.tok[w - 1].clause { return true }
        return bareFollowers.contains(t.tok[w].hash) || neverWill(t, w, stop)
    }

    private static let dont: Set<UInt64> = Set(["don't", "dont", "do"].map(WordHash.of))
    private static let notAnymore: Set<UInt64> = Set(["anymore", "again", "back", "often", "since", "now", "lately"].map(WordHash.of))

    /// "I don't shop here and I'm not planning to", "we don't eat there, never will": a
    /// negated present habit of visiting, with the writer as subject, confirmed by a refusal.
    /// Not "I don't shop here anymore" (a former customer), "I don't usually write reviews".
    static func habitRefused(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        var d = k
        if t.tok[k].hash == not && k > first && t.tok[k - 1].hash == W.do { d = k - 1 }  // "I do not"
        guard dont.contains(t.tok[d].hash), d > first, t.has(d - 1, .firstPerson) else { return false }
        var v = k + 1
        while v < stop && v < k + 4 && adverbs.contains(t.tok[v].hash) { v += 1 }
        guard v + 1 < stop, t.has(v, .experience), !t.isPastTense(v) else { return false }
        var o = v + 1
        if here.contains(t.tok[o].hash) {
        } else if (t.tok[o].hash == W.at || t.tok[o].hash == W.with) && o + 1 < stop
            && (here.contains(t.tok[o + 1].hash) || t.tok[o + 1].hash == W.this || t.tok[o + 1].hash == W.them) {
            o += 1
        } else {
            return false
        }
        var q = o + 1
        while q < stop { if notAnymore.contains(t.tok[q].hash) { return false }; q += 1 }
        return refusalFollows(t, o)
    }

    private static let havent1: UInt64 = 0x0361d3a9759ce064  // "haven't"
    private static let havent2: UInt64 = 0xbd776affcd129181  // "havent"
    private static let hasnt1: UInt64 = 0x4e1e67e70a34f84c  // "hasn't"
    private static let hasnt2: UInt64 = 0xad333e6948ff0619  // "hasnt"
    private static let elisionEnds: Set<UInt64> = Set(["but", "either", "myself", "personally", "and", "lol"].map(WordHash.of))
    private static let intensifiers: Set<UInt64> = Set(["certainly", "definitely", "sure", "def", "deffo"].map(WordHash.of))
    private static let herePlaces: Set<UInt64> = Set(["here", "there", "in"].map(WordHash.of))

    /// "Don't know anyone who's been here and I certainly haven't, but ...": "I haven't" ending
    /// its clause, with the visit ("been here") earlier in the sentence.
    static func elidedClaim(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        let h = t.tok[k].hash
        guard h == havent1 || h == havent2 || h == hasnt1 || h == hasnt2, k > first else { return false }
        guard t.has(k - 1, .firstPerson) || k - 2 >= first && t.has(k - 2, .firstPerson) && adverbs.contains(t.tok[k - 1].hash)
            || k - 2 >= first && t.has(k - 2, .firstPerson) && intensifiers.contains(t.tok[k - 1].hash)
        else { return false }
        guard k + 1 >= stop || t.tok[k + 1].clause != t.tok[k].clause || elisionEnds.contains(t.tok[k + 1].hash) else { return false }
        var j = first
        while j + 1 < k {
            if t.has(j, .experience) && herePlaces.contains(t.tok[j + 1].hash) { return true }
            j += 1
        }
        return false
    }

    /// "Not that I've ever eaten here": the token after "not that" where the visit verb may be.
    static func afterNotThat(_ t: ReviewText, _ k: Int, _ stop: Int) -> Int? {
        guard t.tok[k].hash == not, k + 2 < stop, t.tok[k + 1].hash == notThat, t.has(k + 2, .firstPerson) else { return nil }
        return k + 3
    }

    /// "my sister went, not me": a visit by someone else, disowned.
    static func disowned(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        guard t.tok[k].hash == not, k + 1 < stop, t.tok[k + 1].hash == me || t.tok[k + 1].hash == myself,
            k > first, t.tok[k - 1].clause != t.tok[k].clause
        else { return false }
        var j = k - 1
        while j >= max(first, k - 4) {
            if t.has(j, .experience) { return !t.has(j - 1, .firstPerson) }
            j -= 1
        }
        return false
    }

    private static let had: UInt64 = 0x335808192fef8292  // "had"
    private static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    private static let pleasures: Set<UInt64> = Set(["pleasure", "misfortune", "displeasure", "privilege"].map(WordHash.of))

    /// "never had the pleasure", "haven't had the misfortune": the idiom for never having come.
    static func hadThePleasure(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard k + 3 < stop, t.tok[k + 1].hash == had, t.tok[k + 2].hash == the else { return false }
        return pleasures.contains(t.tok[k + 3].hash)
    }

    /// A refusal to come within a few words after `o`, in this sentence or the next.
    static func refusalFollows(_ t: ReviewText, _ o: Int) -> Bool {
        let hi = min(t.tokenCount, o + 8)
        var j = o + 1
        while j < hi {
            let h = t.tok[j].hash
            // "... and I never will", "never will": the writer's refusal, not "the plumber never came".
            if firmRefusals.contains(h) && (t.has(j - 1, .firstPerson) || refusalLinks.contains(t.tok[j - 1].hash)
                || t.tok[j - 1].clause != t.tok[j].clause)
            {
                return true
            }
            if refusalHeads.contains(h) && j + 1 < hi && refusalVerbs.contains(t.tok[j + 1].hash) { return true }
            j += 1
        }
        return false
    }
}
