/// Phone numbers in a review, and the wording that makes one an advert: "ring Dave on 07700
/// 900123 instead", "Call 0800 123 4567 today for the cheapest ...".
///
/// A phone number is a run of digit groups (separated by a space, a dash, a dot or brackets)
/// holding 10 to 13 digits, or one group of that length that starts with 0 or follows a `+`.
/// A number alone is not spam ("call 0161 496 0000 and see if anyone picks up"); the detector
/// needs a promotional word with it, or a plug: "instead" (not "instead of") in the same
/// sentence, a clause after it opening "not this ..." / "not them", or "call/ring/text ... today". Never when the number is "them", the business's own.
extension SpamDetector {
    private static let callVerbs: Set<UInt64> = Set(["call", "ring", "text", "phone", "whatsapp", "contact", "dial"].map(WordHash.of))
    private static let urgency: Set<UInt64> = Set(["today", "tonight", "anytime"].map(WordHash.of))
    private static let of: UInt64 = 0x08b06007b5567108  // "of"
    private static let them: UInt64 = 0x2579c6ef323d0be3  // "them"
    private static let businessWords: Set<UInt64> = Set(["lot", "one", "crowd", "bunch", "mob", "outfit", "lot's"].map(WordHash.of))
    private static let instead: UInt64 = 0x607afc808d3d3611  // "instead"

    /// A clause opening "not this place", "not this lot", "not them": another business set
    /// against this one. `j` is the "not".
    @inline(__always)
    static func notThisBusiness(_ t: ReviewText, _ j: Int, _ stop: Int) -> Bool {
        guard t.tok[j].hash == W.not, j > 0, j + 1 < stop, t.tok[j].clause != t.tok[j - 1].clause else { return false }
        let h = t.tok[j + 1].hash
        if h == W.them { return j + 2 >= stop || t.tok[j + 2].clause != t.tok[j + 1].clause }
        return h == W.this && j + 2 < stop && (t.has(j + 2, .placeNoun) || businessWords.contains(t.tok[j + 2].hash))
    }

    private static let plugLeads: Set<UInt64> = Set(["best", "better", "try", "go"].map(WordHash.of))

    /// "Best pizza in town is at Luigi's on Main St, not this place!": a sentence opening with a
    /// recommendation, naming another business (a capitalised word that is not a common one),
    /// then "not this place". Only in a review with no "I", "we" or "my": a customer may well
    /// say where they would rather have gone. And only when the plug is the whole review, ending
    /// on "not this place": "Go to Nando's instead, not this place, the chicken was raw" or a
    /// second sentence about the visit is a customer talking (the benefit of the doubt, P11).
    /// A capitalised common word ("check the Menu") is taken for a name: a known limit.
    static func competitorPlug(_ t: ReviewText) -> Int? {
        guard t.allClasses.isDisjoint(with: .firstPerson) else { return nil }
        var sentencesWithWords = 0
        for s in 0..<t.sentenceCount where t.sentences[s].firstToken < t.sentences[s].endToken { sentencesWithWords += 1 }
        guard sentencesWithWords == 1 else { return nil }
        for s in 0..<t.sentenceCount {
            let first = t.sentences[s].firstToken, stop = t.sentences[s].endToken
            guard first < stop, plugLeads.contains(t.tok[first].hash) else { continue }
            var named = false
            var j = first + 1
            while j < stop {
                if t.tok[j].shape.contains(.titleCase) && t.tok[j].cls.isDisjoint(with: [.notName, .month, .weekday, .platform, .person, .role]) { named = true }
                if named && notThisBusiness(t, j, stop) && j + 3 >= stop { return first }
                j += 1
            }
        }
        return nil
    }

    /// The last token of a phone number starting at digit token `k`, or nil.
    static func phoneEnd(_ t: ReviewText, _ k: Int) -> Int? {
        let b = t.bytes
        var digits = t.tok[k].end - t.tok[k].start
        var last = k
        var j = k + 1
        while j < t.tokenCount && j < k + 5 && t.tok[j].shape.contains(.allDigits) && t.sameSentence(last, j) {
            let gap = t.tok[j].start - t.tok[last].end
            guard gap >= 1 && gap <= 2 else { break }
            var g = t.tok[last].end, ok = true
            while g < t.tok[j].start {
                let c = b[g]
                if c != 0x20 && c != 0x2D && c != 0x2E && c != 0x28 && c != 0x29 { ok = false; break }
                g += 1
            }
            guard ok else { break }
            digits += t.tok[j].end - t.tok[j].start
            last = j
            j += 1
        }
        guard digits >= 10 && digits <= 13 else { return nil }
        if last > k { return last }
        let s = t.tok[k].start
        let plus = s >= 1 && b[s - 1] == 0x2B
        return plus || b[s] == 0x30 ? last : nil
    }

    /// A number offered as a service: "instead" in its sentence, or a call verb before it and
    /// "today" / "now" soon after.
    static func phonePlug(_ t: ReviewText, _ k: Int, _ last: Int) -> Bool {
        let s = t.tok[k].sentence
        let first = t.sentences[Int(s)].firstToken, stop = t.sentences[Int(s)].endToken
        // The business's own number ("ring them on ... instead of emailing") is no plug.
        var j = max(first, k - 3)
        var called = false
        while j < k {
            if t.tok[j].hash == them { return false }
            if callVerbs.contains(t.tok[j].hash) { called = true }
            j += 1
        }
        j = first
        while j < stop {
            if t.tok[j].hash == instead && !(j + 1 < stop && t.tok[j + 1].hash == of) { return true }
            // "Kev's Plumbing, 0113 496 0123, not this lot": the number set against this business.
            if j > last && notThisBusiness(t, j, stop) { return true }
            j += 1
        }
        guard called else { return false }
        j = last + 1
        while j < min(stop, last + 4) { if urgency.contains(t.tok[j].hash) { return true }; j += 1 }
        return false
    }
}
