/// The cues of an offered or implied exchange, the polite side of a demand: "happy to reconsider
/// my stars once I see a refund", "a partial refund and this review goes away", "you want this
/// review gone? Refund the $80", "should you decide to reimburse", "the moment my money hits my
/// account", "or expect a detailed review on every site".
///
/// Each cue is a test on the tokens of one sentence; `DemandDetector.features` combines them.
extension DemandDetector {
    /// Words that may come before a value at the start of a sentence ("a partial refund and ...").
    static let leadModifiers: Set<UInt64> = Set([
        "a", "an", "the", "full", "partial", "little", "small", "some", "decent", "proper", "nice",
        "simple", "another", "free", "my", "our", "just", "fair", "any", "gesture", "of", "maybe",
        "perhaps", "possibly", "even",
    ].map(WordHash.of))
    /// Words after a leading value that make it narrative, not an offer ("a refund was refused").
    private static let narrativeAfter: Set<UInt64> = Set([
        "was", "were", "is", "has", "had", "took", "never", "wasn't", "wasnt", "isn't", "isnt",
        "hasn't", "hasnt", "requested", "request", "refused", "denied", "promised", "takes",
        "would've", "to", "of", "on", "at", "in", "for",
    ].map(WordHash.of))
    /// Narrative verbs that stay narrative after "if" ("if I had asked for a refund").
    private static let wishes: Set<UInt64> = Set(["asked", "requested", "wanted", "demanded"].map(WordHash.of))
    /// Subjects that may open a moment condition: "the second the compensation comes", "the day it lands".
    private static let momentSubjects: Set<UInt64> = Set(["the", "it", "it's", "its", "that", "you", "u", "they", "your"].map(WordHash.of))
    static let u: UInt64 = 0xaf63e84c860200f0  // "u"
    static let expect: UInt64 = 0x208ad7977190aad8  // "expect"
    private static let want: UInt64 = 0x5e7da6f62c24052f  // "want"
    private static let youd: UInt64 = 0x8ea2d029668e979f  // "you'd"
    private static let youdBare: UInt64 = 0xd3471749a88bf228  // "youd"

    /// Whether token `k` starts a condition that can govern a later value: `if`, `unless`,
    /// `until`, `once`, `before`, `when`, "the moment", "should you".
    @inline(__always)
    static func isGoverningCondition(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        let c = t.tok[k].cls
        if c.contains(.momentWord) { return isMomentCondition(t, k, first) }
        guard c.contains(.governs) else { return false }
        let h = t.tok[k].hash
        if h == W.should {
            return k + 1 < stop && (t.tok[k + 1].hash == W.you || t.tok[k + 1].hash == u || t.tok[k + 1].hash == W.they
                || t.tok[k + 1].hash == W.the)
        }
        return true
    }

    /// "the moment", "the minute": a condition in time.
    @inline(__always)
    static func isMomentCondition(_ t: ReviewText, _ k: Int, _ first: Int) -> Bool {
        t.tok[k].cls.contains(.momentWord) && k > first && t.tok[k - 1].hash == W.the
            && k + 1 < t.tokenCount && t.tok[k + 1].clause == t.tok[k].clause
            && (t.has(k + 1, [.firstPerson, .value]) || momentSubjects.contains(t.tok[k + 1].hash))
    }

    /// Whether the condition at `cond` governs the value at `k`: close before it, with no
    /// past-tense narrative between and not the reader's wish ("if you refund the fee", not "when
    /// I asked for a refund" or "if you want a refund").
    static func conditionGoverns(_ t: ReviewText, _ cond: Int, _ k: Int) -> Bool {
        guard cond < k, k - cond <= 9 else { return false }
        // After "if" a past tense is hypothetical ("if they gave me a discount"); after "when"
        // or "after" it is what happened ("after three emails they finally refunded me").
        let hypothetical = t.tok[cond].hash == W.if
        if !hypothetical && t.isPastTense(k) && thirdPartyBefore(t, k, cond) { return false }
        var j = cond + 1
        while j < k {
            if t.tok[j].cls.contains(.narrative) && !(hypothetical && !wishes.contains(t.tok[j].hash)) { return false }
            // "if you want a refund, ...": the reader's wish, not the writer's price.
            if t.has(j, .wantVerb) && (t.tok[j - 1].hash == W.you || t.tok[j - 1].hash == u) { return false }
            j += 1
        }
        return true
    }

    /// The value a sentence opens with ("A partial refund and this review goes away", "Full
    /// refund.", "A gesture of goodwill might change my mind"), or -1.
    static func leadingValue(_ t: ReviewText, _ first: Int, _ stop: Int) -> Int {
        // Cheap test first: a value word among the first four.
        var any = false
        var q = first
        while q < stop && q < first + 4 { if t.tok[q].cls.contains(.value) { any = true; break }; q += 1 }
        guard any else { return -1 }
        var k = first
        while k < stop && k < first + 4 {
            if t.has(k, .value) && !(t.tok[k].hash == W.free && k + 1 < stop && t.has(k + 1, .value)) {
                if k + 1 < stop && narrativeAfter.contains(t.tok[k + 1].hash) { return -1 }
                return k
            }
            if !leadModifiers.contains(t.tok[k].hash) { return -1 }
            k += 1
        }
        return -1
    }

    /// "you want this review gone", "if you'd like my review removed": the writer offers the
    /// review action; the price may follow in the next sentence.
    @inline(__always)
    static func offersRemoval(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        let h = t.tok[k].hash
        // "Wanna know how to get rid of this review?", "want this review gone".
        if h == rid { return ridOfReview(t, k, first, stop) }
        guard h == want || h == W.like, k > first else { return false }
        let p = t.tok[k - 1].hash
        guard p == W.you || p == u || p == youd || p == youdBare || t.tok[k - 1].cls.contains(.future) && k - 2 >= first && t.tok[k - 2].hash == W.you else { return false }
        var j = k + 1
        while j < min(stop, k + 5) {
            if t.has(j, .reviewObject) {
                var q = j + 1
                while q < min(stop, j + 4) {
                    if t.has(q, .removedState) { return true }
                    q += 1
                }
                return false
            }
            j += 1
        }
        return false
    }

    private static let watchVerbs: Set<UInt64> = Set(["watch", "see"].map(WordHash.of))
    private static let rid: UInt64 = 0x8a11be1961161430  // "rid"
    private static let wishWords: Set<UInt64> = Set(["how", "want", "wanna", "like"].map(WordHash.of))

    /// "how to get rid of this review", "want to get rid of my review": the writer offers the
    /// removal as a question or wish put to the business; the price may follow.
    static func ridOfReview(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        guard k > first, t.tok[k - 1].hash == W.get, k + 2 < stop, t.tok[k + 1].hash == W.of else { return false }
        guard t.has(k + 2, .reviewObject) || k + 3 < stop && t.has(k + 3, .reviewObject) else { return false }
        var j = k - 2
        while j >= max(first, k - 5) { if wishWords.contains(t.tok[j].hash) { return true }; j -= 1 }
        return false
    }

    /// After "or" / "otherwise": "or expect a detailed review on every site", "or every review
    /// site hears about this", "or the whole town will know". Returns whether it is a threat.
    static func threatAfterOr(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        let hi = min(stop, k + 8)
        var j = k + 1
        // "or watch this review climb", "or see my rating drop": the reader told to watch the review.
        if j + 1 < hi && watchVerbs.contains(t.tok[j].hash) {
            var q = j + 1
            while q < min(hi, j + 4) { if t.has(q, .reviewObject) { return true }; q += 1 }
        }
        if j < hi && t.tok[j].hash == expect {
            j += 1
            while j < hi {
                if t.has(j, [.reviewObject, .platform, .audience]) { return true }
                j += 1
            }
            return false
        }
        var sawPublic = false
        while j < hi {
            if t.has(j, [.platform, .audience, .reviewObject]) { sawPublic = true }
            else if sawPublic && t.has(j, .exposure) { return true }
            if t.has(j, .firstPerson) { return false }
            j += 1
        }
        return false
    }
}
