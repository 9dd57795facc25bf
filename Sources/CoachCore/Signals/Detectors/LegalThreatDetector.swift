/// Finds the writer threatening legal action: lawyers, attorneys, solicitors, suing, a
/// lawsuit, small claims, "see you in court", "legal action".
///
/// A legal word fires with a sign that the writer means to act: a first-person future or
/// intent ("I will sue", "I'm taking you to small claims", "I've contacted my lawyer", "you'll
/// be hearing from my attorney"). Not when negated ("I won't sue"), not when the business
/// threatened it ("they threatened to sue me"), and not for "food court" or "my lawyer friend".
/// Complaints to the BBB, a health department or trading standards are complaints, not legal
/// action, and are left out.
enum LegalThreatDetector {
    private static let courtLead: Set<UInt64> = Set(["to", "in", "claims", "small"].map(WordHash.of))
    private static let courtTail: Set<UInt64> = Set(["case", "action", "order", "date", "claim", "proceedings"].map(WordHash.of))
    private static let legalTail: Set<UInt64> = Set([
        "action", "actions", "proceedings", "steps", "advice", "route", "team", "counsel",
        "department", "recourse", "measures", "options", "action.", "representation", "claim",
    ].map(WordHash.of))
    private static let small: UInt64 = 0x7d6ce172e098998c  // "small"
    private static let court: UInt64 = 0xb1a1e28e443fd5a8  // "court"
    private static let claims: UInt64 = 0xbe2fbe80062cf874  // "claims"
    private static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    private static let legal: UInt64 = 0x66f6600a53ea4aea  // "legal"
    private static let counsel: UInt64 = 0x6fdc3b7412344840  // "counsel"
    private static let sueWords: Set<UInt64> = Set(["sue", "suing", "lawsuit", "lawsuits", "litigation"].map(WordHash.of))
    private static let threaten: Set<UInt64> = Set(["threaten", "threatens", "threatened", "threatening", "threat"].map(WordHash.of))
    private static let myOur: Set<UInt64> = Set(["my", "our", "family's", "company's"].map(WordHash.of))
    private static let notThreat: Set<UInt64> = Set(["friend", "friends", "who", "said", "says", "told", "recommended", "loves", "wife", "husband"].map(WordHash.of))
    private static let meUs: Set<UInt64> = Set(["me", "us", "customers", "people"].map(WordHash.of))

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        // No legal word at all.
        guard t.allClasses.contains(.legal) else { return }
        var lastSentence: Int32 = -1
        let n = t.tokenCount
        var k = 0
        while k < n {
            defer { k += 1 }
            guard t.has(k, .legal) else { continue }
            let s = t.tok[k].sentence
            if s == lastSentence { continue }
            let first = t.sentences[Int(s)].firstToken, stop = t.sentences[Int(s)].endToken
            if fires(t, k, first, stop) {
                if let sig = t.sentenceSignal(.legalThreat, tokens: k, k) { out.append(sig) }
                lastSentence = s
            }
        }
    }

    static func fires(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        let h = t.tok[k].hash
        let p = k > first ? t.tok[k - 1].hash : 0
        let nx = k + 1 < stop ? t.tok[k + 1].hash : 0
        // Is it a legal cue at all?
        if h == court {
            guard courtLead.contains(p) || courtTail.contains(nx) else { return false }
        } else if h == claims {
            guard p == small else { return false }
        } else if h == legal {
            guard legalTail.contains(nx) else { return false }
        } else if h == counsel {
            guard p == legal || myOur.contains(p) else { return false }
        }
        // Negated, or someone else's threat.
        if DemandDetector.before(t, k, 3, first, .negator) { return false }
        var j = k - 1
        while j >= max(first, k - 5) { if threaten.contains(t.tok[j].hash) { return false }; j -= 1 }
        if sueWords.contains(h) && meUs.contains(nx) { return false }
        if notThreat.contains(nx) && myOur.contains(p) { return false }
        // The writer means to act.
        if DemandDetector.before(t, k, 6, first, .legalCommit) { return true }
        if myOur.contains(p) && k >= first + 2 && t.tok[k - 2].hash == from { return true }  // "a letter from my lawyer"
        if sueWords.contains(h) && DemandDetector.before(t, k, 4, first, .firstPerson) { return true }
        j = k + 1
        while j < min(stop, k + 4) { if t.has(j, .legalCommit) { return true }; j += 1 }
        return false
    }
}
