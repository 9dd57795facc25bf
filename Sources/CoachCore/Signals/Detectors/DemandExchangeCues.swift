/// The cues of a review traded in plainer words than "post" or "delete": the rating handed back
/// ("you can have your five stars back"), earned ("a free dessert would earn you a star"), left
/// standing ("gonna leave this up until ..."), a bare tally ("No voucher, no retraction"), a
/// price with no value word ("make it worth my while"), and a condition that points back to the
/// sentence before ("Still no refund?? Until it's in my account, this review stays").
///
/// Each cue is a test on the tokens of one sentence; `DemandDetector.features` combines them.
extension DemandDetector {
    private static let modals: Set<UInt64> = Set([
        "would", "will", "could", "might", "may", "i'd", "it'd", "that'd", "that'll", "it'll", "wud", "wd", "'d", "'ll",
    ].map(WordHash.of))
    private static let yourWords: Set<UInt64> = Set(["you", "your", "u", "ur", "yourself"].map(WordHash.of))
    static let personalPrice: Set<UInt64> = Set(["a", "an", "some", "me", "us", "my", "our", "next"].map(WordHash.of))
    private static let pointers: Set<UInt64> = Set(["it", "it's", "its", "that", "that's", "thats", "then", "this", "which"].map(WordHash.of))
    /// Nouns for a review action: "no retraction", "no edit", "no 5 stars".
    private static let actionNouns: Set<UInt64> = Set([
        "retraction", "removal", "deletion", "edit", "update", "change", "takedown", "u-turn",
    ].map(WordHash.of))
    private static let worth: UInt64 = 0x4fab0b5e7350f67f  // "worth"
    private static let whileWord: UInt64 = 0xce87a3885811296e  // "while"
    static let knock: UInt64 = 0x9ea5369383b896df  // "knock"
    private static let n: UInt64 = 0xaf63e34c8601f871  // "n": "sort me out n ill delete this"

    /// The cues read only once a sentence holds a review action and a condition or link but no
    /// price of its own: "make
    /// it worth my while", a condition pointing back ("Until it's in my account"), a review word
    /// or platform named (not only "I'll tell everyone").
    static func exchangeCues(_ t: ReviewText, _ first: Int, _ stop: Int, _ f: inout Features) {
        let named = WordClass.platform.rawValue | WordClass.reviewObject.rawValue
        var k = first
        while k < stop {
            let c = t.tok[k].cls.rawValue
            if c & named != 0 { f.namesReview = true }
            if c & (WordClass.governs.rawValue | WordClass.momentWord.rawValue) != 0 {
                let h = t.tok[k].hash
                if h != W.or && h != W.should && conditionPointsBack(t, k, stop) && isGoverningCondition(t, k, first, stop) {
                    f.pointsBack = true
                }
            } else if worthMyWhile(t, k, stop) {
                f.valueAny = true; f.valueRequested = true
            }
            k += 1
        }
    }

    /// "and", or its text-speak "n".
    @inline(__always)
    static func isAnd(_ h: UInt64) -> Bool { h == W.and || h == n }

    /// "you can have your five stars back", "you'll get your 5 stars back": the rating returned
    /// to the business (token `k` is a review word).
    static func ratingHandedBack(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        guard k + 1 < stop, t.tok[k + 1].hash == W.back else { return false }
        var j = k - 1
        while j >= max(first, k - 4) {
            if yourWords.contains(t.tok[j].hash) { return true }
            j -= 1
        }
        return false
    }

    /// "would earn you an extra star", "will get you 5 stars": a rating promised to the business
    /// (token `k` is the review word; the verb comes up to five words before). A past "earned
    /// you a star" is praise, not a price.
    static func ratingEarnedBefore(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        var v = k - 2
        while v > first && v >= k - 6 {
            if t.tok[v].cls.rawValue & WordClass.earnVerb.rawValue != 0 {
                guard yourWords.contains(t.tok[v + 1].hash) && modals.contains(t.tok[v - 1].hash) else { return false }
                // The writer's own price ("a free dessert next time", "refunding me"), not a
                // suggestion to all ("free parking would earn you a star").
                var j = first
                while j < v { if personalPrice.contains(t.tok[j].hash) { return true }; j += 1 }
                return false
            }
            v -= 1
        }
        return false
    }

    /// "leave this up", "keeping it up": the review left standing (token `k` is the verb).
    @inline(__always)
    private static let passiveAux: Set<UInt64> = Set(["gets", "get", "is", "will", "be", "gonna", "goes", "comes"].map(WordHash.of))

    /// "review deleted", "this review gets deleted", "the rating will be changed": the review's
    /// fate stated in the present or future (not "was removed"); the token of the state, or nil.
    @inline(__always)
    static func removedStateAfter(_ t: ReviewText, _ k: Int, _ stop: Int) -> Int? {
        var j = k + 1
        while j < stop && j < k + 3 && passiveAux.contains(t.tok[j].hash) { j += 1 }
        return j < stop && t.has(j, .removedState) ? j : nil
    }

    private static let ratingVerbs: Set<UInt64> = Set(["raise", "raising", "bump", "bumping", "boost", "change", "up", "increase", "lower", "drop"].map(WordHash.of))
    private static let numberWords: Set<UInt64> = Set(["one", "two", "three", "four", "five", "zero"].map(WordHash.of))

    /// "raise it to 5", "bump this to four stars": a rating action on "it" with a score.
    static func ratedTo(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard k + 3 < stop, ratingVerbs.contains(t.tok[k].hash) else { return false }
        let o = t.tok[k + 1].hash
        guard o == W.it || o == W.this || o == W.that, t.tok[k + 2].hash == W.to else { return false }
        let n = k + 3
        return t.tok[n].shape.contains(.allDigits) && t.tok[n].end - t.tok[n].start == 1 || numberWords.contains(t.tok[n].hash)
    }

    static func leftStanding(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard k + 2 < stop, t.tok[k + 2].hash == W.up else { return false }
        let v = t.tok[k].hash
        guard v == W.leave || v == W.leaving || v == W.keep || v == W.keeping else { return false }
        let o = t.tok[k + 1].hash
        return o == W.this || o == W.it || o == W.that || t.has(k + 1, .reviewObject)
    }

    /// "No voucher, no retraction", "no refund, no 5 stars": a value refused, then a review
    /// action refused, each opening its own clause.
    static func valueForReviewTally(_ t: ReviewText, _ first: Int, _ stop: Int) -> Bool {
        guard t.tok[first].hash == W.no else { return false }
        var v = first + 1
        while v < min(stop, first + 4) && !t.has(v, .value) { v += 1 }
        guard v < min(stop, first + 4), t.tok[v].clause == t.tok[first].clause else { return false }
        var k = v + 1
        while k < stop {
            if t.tok[k].hash == W.no && t.tok[k].clause != t.tok[k - 1].clause {
                var j = k + 1
                while j < min(stop, k + 4) {
                    if t.has(j, .reviewObject) || actionNouns.contains(t.tok[j].hash) { return true }
                    j += 1
                }
                return false
            }
            k += 1
        }
        return false
    }

    /// "make it worth my while": a price with no value word (token `k` is "worth").
    @inline(__always)
    static func worthMyWhile(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard t.tok[k].cls.isEmpty else { return false }
        return t.tok[k].hash == worth && k + 2 < stop && t.has(k + 1, .objPronoun) && t.tok[k + 2].hash == whileWord
    }

    /// "Until it's in my account", "After that", "Once it lands", "the day it arrives": a
    /// condition whose subject points back to the sentence before (token `k` is the condition).
    @inline(__always)
    static func conditionPointsBack(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        k + 1 < stop && pointers.contains(t.tok[k + 1].hash) && t.tok[k + 1].clause == t.tok[k].clause
    }
}
