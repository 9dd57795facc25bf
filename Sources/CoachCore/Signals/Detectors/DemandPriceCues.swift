/// The cues of a price named without a request verb: a bare price after an offered removal
/// ("If you want this review gone, you know what to do. £100."), a cut to the bill with the
/// rating rising in return ("Knock the bill down by half and the stars go back up"), and a value
/// that "would go a long way towards" a review action ("A discount on my next booking would go a
/// long way towards me removing this").
///
/// Each cue is a test on the tokens of one sentence; `DemandDetector.features` combines them.
extension DemandDetector {
    private static let know: UInt64 = 0xf67bc0d724ca33ea  // "know"
    private static let way: UInt64 = 0x5eadee19487cbf64  // "way"
    private static let towards: UInt64 = 0x04396ae83ace2047  // "towards"
    private static let toward: UInt64 = 0x5fe81a12c70cd56e  // "toward"
    /// Cut verbs that say "less" on their own ("halve the bill"); the others need a marker
    /// ("knock the bill down", "take £20 off the total").
    private static let inherentCuts: Set<UInt64> = Set(["halve", "slash", "cut", "reduce", "lower"].map(WordHash.of))
    /// Rise verbs that, with "up", may only mean "appear" ("the review comes up first").
    private static let appearVerbs: Set<UInt64> = Set(["come", "comes"].map(WordHash.of))

    /// "you know what to do" from token `k`: the writer points at a price without naming it.
    /// Returns the token after "do", or -1.
    static func knowWhatToDo(_ t: ReviewText, _ k: Int, _ stop: Int) -> Int {
        guard k + 4 < stop, t.tok[k].hash == W.you || t.tok[k].hash == u else { return -1 }
        guard t.tok[k + 1].hash == know, t.tok[k + 2].hash == W.what, t.tok[k + 3].hash == W.to,
            t.tok[k + 4].hash == W.do
        else { return -1 }
        return k + 5
    }

    /// A sentence that is only "you know what to do" (a word either side at most): it keeps an
    /// offered removal in view for the price that follows.
    static func isKnowWhatToDoAside(_ t: ReviewText, _ first: Int, _ stop: Int) -> Bool {
        var k = first
        if k < stop && t.has(k, .filler) && t.tok[k].hash != W.you && t.tok[k].hash != u { k += 1 }
        let end = knowWhatToDo(t, k, stop)
        return end >= 0 && stop - end <= 1
    }

    /// "£100", "50 quid back", "a full refund in my account": a clause from `k` that is only a
    /// price (opening on a value, an amount or a word such as "a" or "full", five words at most,
    /// none of them a verb of narrative, a negator or the writer as subject).
    static func barePrice(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        let clause = t.tok[k].clause
        var end = k
        while end < stop && t.tok[end].clause == clause { end += 1 }
        guard end - k <= 5 else { return false }
        // It opens on the price: "£75 back", "a full refund", not "offering a voucher".
        guard t.has(k, .value) || t.tok[k].shape.contains(.allDigits) || leadModifiers.contains(t.tok[k].hash) else { return false }
        var priced = false
        var j = k
        while j < end {
            if t.has(j, [.negator, .narrative, .pastForm, .firstPerson]) && !t.has(j, .objPronoun) { return false }
            if t.has(j, .value) && valueCounts(t, j, k) || t.tok[j].shape.contains(.allDigits) && isAmount(t, j)
                || t.tok[j].shape.contains(.allDigits) && j + 1 < end && t.has(j + 1, .value)
            {
                priced = true
            }
            j += 1
        }
        return priced
    }

    /// In a sentence that offers the removal ("If you'd like this review taken down, you know
    /// what to do: £75 back in my account"), a later clause that is a bare price names it.
    static func offerPricedInClause(_ t: ReviewText, _ first: Int, _ stop: Int) -> Bool {
        var k = first + 1
        while k < stop {
            if t.tok[k - 1].clause != t.tok[k].clause && barePrice(t, k, stop) { return true }
            k += 1
        }
        return false
    }

    /// "Knock the bill down by half", "take £20 off the total", "halve the invoice": a cut to
    /// the price asked of the business (token `k` is the cut verb, opening its clause or after
    /// a filler such as "just" or "you").
    static func priceCut(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        guard k == first || t.tok[k - 1].clause != t.tok[k].clause || t.has(k - 1, .filler) else { return false }
        guard !t.isPastTense(k) else { return false }
        var priced = false
        var marked = inherentCuts.contains(t.tok[k].hash)
        var j = k + 1
        let hi = min(stop, k + 8)
        while j < hi && t.tok[j].clause == t.tok[k].clause {
            if t.has(j, .priceNoun) { priced = true }
            let h = t.tok[j].hash
            if h == W.down || h == W.off || h == W.half || t.tok[j].shape.contains(.hasDigit) { marked = true }
            if priced && marked { return true }
            j += 1
        }
        return false
    }

    /// "the stars go back up", "my rating climbs back", "the score shoots up": the rating
    /// rising, stated in the present (token `k` is the review word).
    static func ratingRises(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard k + 2 < stop, t.has(k + 1, .riseVerb) else { return false }
        let n = t.tok[k + 2].hash
        return n == W.back || n == W.up && !appearVerbs.contains(t.tok[k + 1].hash)
    }

    /// "A discount on my next booking would go a long way towards me removing this", "£50 back
    /// would go some way to this review disappearing": the value (token `k`) offered as the
    /// price of a review action. The writer's own price ("a", "my", an amount), not a suggestion
    /// to all ("free parking would go a long way towards a better rating").
    static func goesALongWayTowards(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int) -> Bool {
        var g = k + 1
        let hi = min(stop, k + 9)
        while g < hi && t.tok[g].hash != W.go { g += 1 }
        guard g < hi, t.has(g - 1, [.future, .willing]) else { return false }
        var w = g + 1
        while w < min(stop, g + 5) && t.tok[w].hash != way { w += 1 }
        guard w + 1 < stop, t.tok[w].hash == way, t.tok[w].clause == t.tok[g].clause else { return false }
        let to = t.tok[w + 1].hash
        guard to == towards || to == toward || to == W.to else { return false }
        var action = false
        var r = w + 2
        while r < min(stop, w + 7) && t.tok[r].clause == t.tok[w].clause {
            if t.has(r, .reviewObject) { action = true; break }
            if t.has(r, .postVerb) && r + 1 < stop {
                let o = t.tok[r + 1].hash
                if o == W.it || o == W.this || o == W.that { action = true; break }
            }
            r += 1
        }
        guard action else { return false }
        if t.tok[k].shape.contains(.allDigits) { return true }
        var j = first
        while j < k { if personalPrice.contains(t.tok[j].hash) { return true }; j += 1 }
        return personalPrice.contains(t.tok[k].hash)
    }
}
