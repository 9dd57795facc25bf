/// Finds a demand tied to a review: something of value asked for in exchange for posting, not
/// posting, removing or changing a review, or a threat to go public unless a problem is fixed.
///
/// Built on the three parts named in DOMAIN.md, read per sentence (and across two sentences
/// when the second starts with a link such as "Otherwise" or refers back with "do it"):
/// - a condition: `unless`, `otherwise`, `or else`, `or I'll`, `if ... not` (strong), or
///   `if`, `once`, `when`, `until`, `in exchange`, `for <value>`, and `<imperative> and I'll`,
///   `<imperative>, then I won't` (weak);
/// - a committed review action: a posting/removal/rating verb with a review, rating, platform or
///   audience as its object, preceded by a first-person future ("I'll", "I'm", "won't", "gonna"),
///   or "everyone will hear", or "this review stays";
/// - a want: something of value the writer asks for (not "I don't want a refund", not "they
///   didn't give me a refund"). After a strong condition a remedy also counts ("fix it or ...").
///
/// Polite and implied offers ("happy to reconsider my stars once I see a refund", "a partial
/// refund and this review goes away", "you want this review gone? Refund the $80") are read by
/// the cues in `DemandOfferCues.swift`.
///
/// A plain request for a refund, a lowered rating, "I'll tell everyone" and "I'd give zero stars
/// if I could" all lack one of the parts and do not fire; nor does the business's own offer
/// ("they refused to refund me unless I deleted my review").
enum DemandDetector {
    /// What one sentence (or two linked sentences) holds of the three parts of a demand.
    struct Features {
        var condStrong = false
        var condWeak = false
        var linked = false        // "and I'll" / "then I won't": needs an imperative or proposal
        var imperative = false
        var action = false
        var valueRequested = false
        var valueAny = false
        var remedy = false
        var linkStart = false
        var anaphora = false
        var badReview = false
        var offer = false         // "you want this review gone?": the price may follow next
        var valueDenied = false   // "still no refund": a value the writer lacks
        var pointsBack = false    // "until it's in my account": the condition refers to the sentence before
        var namesReview = false   // a review word or a platform, not only "I'll tell everyone"
        var goesAhead = false     // "I'm still leaving", "anyway": the review comes whatever happens

        /// The parts of two linked sentences taken together.
        func union(_ o: Features) -> Features {
            var f = self
            f.condStrong = f.condStrong || o.condStrong
            f.condWeak = f.condWeak || o.condWeak
            f.linked = f.linked || o.linked
            f.imperative = f.imperative || o.imperative
            f.action = f.action || o.action
            f.valueRequested = f.valueRequested || o.valueRequested
            f.valueAny = f.valueAny || o.valueAny
            f.remedy = f.remedy || o.remedy
            f.badReview = f.badReview || o.badReview
            f.goesAhead = f.goesAhead || o.goesAhead
            f.offer = f.offer || o.offer
            return f
        }

        /// A committed review action, a condition, and a want the condition asks for.
        var qualifies: Bool {
            let act = action || (badReview && condStrong)
            guard act else { return false }
            // A bad review posted whatever happens is no exchange: "I'm still leaving one star".
            if badReview && goesAhead { return false }
            if condStrong && (valueAny || remedy) { return true }
            if linked && imperative && (valueAny || remedy) { return true }
            return (condStrong || condWeak) && valueRequested
        }
    }

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        // No word that could be a review action: no demand.
        guard !t.allClasses.isDisjoint(with: [.postVerb, .exposure, .consequence, .reviewObject]) else { return }
        var prev: Features? = nil
        var prevSentence = -1
        for s in 0..<t.sentenceCount {
            let first = t.sentences[s].firstToken, stop = t.sentences[s].endToken
            guard first < stop else { continue }
            let f = features(t, first, stop)
            if f.qualifies {
                if let sig = t.sentenceSignal(.demand, tokens: first, stop - 1) { out.append(sig) }
                prev = nil  // do not quote the same demand twice
            } else if let p = prev, (f.linkStart || f.anaphora || p.offer) && p.union(f).qualifies
                || f.pointsBack && f.action && f.namesReview && (p.valueRequested || p.valueDenied)
            {
                let pf = t.sentences[prevSentence].firstToken
                if let sig = t.sentenceSignal(.demand, tokens: pf, stop - 1) { out.append(sig) }
                prev = nil
            } else if let p = prev, stop - first <= 2 && !f.action && !f.valueAny
                || p.offer && isKnowWhatToDoAside(t, first, stop)
            {
                // "Fine.", "Seriously?", "You know what to do.": an aside keeps the sentence before in view
                continue
            } else {
                prev = f
            }
            prevSentence = s
        }
    }

    /// Whether a token in `lo..<k` (clamped to `first`) has class `c`.
    @inline(__always)
    static func before(_ t: ReviewText, _ k: Int, _ n: Int, _ first: Int, _ c: WordClass) -> Bool {
        var j = k - 1
        let lo = max(first, k - n)
        while j >= lo {
            if t.has(j, c) { return true }
            j -= 1
        }
        return false
    }

    @inline(__always)
    static func beforeWord(_ t: ReviewText, _ k: Int, _ n: Int, _ first: Int, _ w: UInt64) -> Bool {
        var j = k - 1
        let lo = max(first, k - n)
        while j >= lo {
            if t.tok[j].hash == w { return true }
            j -= 1
        }
        return false
    }

    static func features(_ t: ReviewText, _ first: Int, _ stop: Int) -> Features {
        var f = Features()
        var orPresent = -1
        var equalsSeen = false
        var youValueMe = false

        // Sentence-level context: where a condition was first seen, whether there is an
        // audience or platform, and whether the sentence is an imperative or a proposal.
        var firstCondition = Int.max
        var governingCondition = Int.max
        var hasAudience = false
        var hasWhether = false
        var k = first
        while k < stop {
            let c = t.tok[k].cls
            if c.contains(.platform) || c.contains(.audience) { hasAudience = true }
            let h = t.tok[k].hash
            if firstCondition == Int.max && (h == W.if || h == W.or || c.contains(.condStrong)) { firstCondition = k }
            if governingCondition == Int.max && isGoverningCondition(t, k, first, stop) { governingCondition = k }
            if offersRemoval(t, k, first, stop) { f.offer = true; f.action = true; f.condWeak = true }
            if isMomentCondition(t, k, first) { f.condWeak = true }
            if h == W.whether { hasWhether = true }
            if h == W.you, k + 1 < stop, W.proposalModals.contains(t.tok[k + 1].hash) { f.imperative = true }
            if h == W.how, k + 1 < stop, t.tok[k + 1].hash == W.about { f.imperative = true }
            // "you refund me, I delete the review": a bare conditional.
            if h == W.you, k == first || t.tok[k - 1].clause != t.tok[k].clause,
                k + 2 < stop, t.has(k + 1, .value), t.has(k + 1, .request), t.has(k + 2, .objPronoun)
            {
                youValueMe = true
                if firstCondition == Int.max { firstCondition = k }
            }
            // "refund me", "send us a voucher": a request addressed to the business.
            if c.contains(.imperative) && c.contains(.request), k + 1 < stop, t.has(k + 1, .objPronoun),
                !before(t, k, 2, first, .person)
            {
                f.imperative = true
            }
            k += 1
        }
        var lead = first
        while lead < stop && t.has(lead, .filler) && !t.has(lead, .imperative) { lead += 1 }
        if lead < stop && t.has(lead, .imperative) { f.imperative = true }
        let h0 = t.tok[first].hash
        if W.linkStarts.contains(h0) { f.linkStart = true }
        if h0 == W.no && valueForReviewTally(t, first, stop) { f.condStrong = true; f.action = true; f.valueAny = true }
        // "A partial refund and this review goes away": the price comes first.
        let leadValue = leadingValue(t, first, stop)
        if leadValue >= 0 && valueCounts(t, leadValue, first) {
            f.condWeak = true; f.valueRequested = true; f.valueAny = true
        }

        k = first
        while k < stop {
            let c = t.tok[k].cls
            let h = t.tok[k].hash
            // "Refund = review deleted", "No refund = 1 star review".
            if k > first && hasEquals(t, k) { equalsSeen = true; f.condStrong = true }
            if c.isEmpty && !t.tok[k].shape.contains(.allDigits) { k += 1; continue }
            if equalsSeen && c.contains(.reviewObject) { f.action = true }
            // "..., review gone", "and the 1 star deleted": the review's fate, stated bare.
            if c.contains(.reviewObject), let r = removedStateAfter(t, k, stop), !(r + 1 < stop && t.tok[r + 1].hash == W.by) {
                f.action = true
            }
            if youValueMe { f.condWeak = true }

            // Conditions.
            if c.contains(.condStrong) {
                if h == W.else {
                    if k > first && t.tok[k - 1].hash == W.or { f.condStrong = true }
                } else { f.condStrong = true }
            }
            // "owner or manager:", "one or two,": an "or" joining two words, the clause ending after
            // the second, is no ultimatum.
            let wordPair = h == W.or && k > first && t.tok[k - 1].clause == t.tok[k].clause
                && k + 2 < stop && t.tok[k + 1].clause == t.tok[k].clause && t.tok[k + 2].clause != t.tok[k + 1].clause
            if (h == W.or || h == W.otherwise) && !hasWhether && !wordPair && threatAfterOr(t, k, stop) {
                f.condStrong = true; f.action = true
            }
            if h == W.or && !hasWhether && !wordPair && k + 1 < stop && t.tok[k + 1].hash != W.not {
                let hi = min(stop, k + 4)
                var j = k + 1
                while j < hi {
                    // "or I'll ...", "or this goes viral", "or everyone will know", "or a bad review";
                    // not "or you'll wait an hour", which is advice to the reader.
                    let ownsFuture = t.has(j, .firstPerson)
                        || t.has(j - 1, [.firstPerson, .audience, .platform, .reviewObject])
                        || t.tok[j - 1].hash == W.this || t.tok[j - 1].hash == W.it
                    let threat = (t.has(j, .future) || t.has(j, .consequence)) && ownsFuture
                    if threat || (t.has(j, .reviewObject) && t.has(j - 1, .badRating)) {
                        f.condStrong = true
                        break
                    }
                    j += 1
                }
            }
            let clauseInitialShould = h == W.should && (k == first || t.tok[k - 1].clause != t.tok[k].clause
                || isGoverningCondition(t, k, first, stop))
            if h == W.if || clauseInitialShould {
                let p = k > first ? t.tok[k - 1].hash : 0
                if p != W.even && p != W.as && p != W.what {
                    var neg = false
                    var j = k + 1
                    let hi = min(stop, k + 7)
                    while j < hi { if t.has(j, .negator) { neg = true; break }; j += 1 }
                    if neg { f.condStrong = true } else { f.condWeak = true }
                }
            } else if c.contains(.condWeak) && h != W.should {
                if h == W.exchange || h == W.return {
                    if k > first && t.tok[k - 1].hash == W.in { f.condWeak = true }
                } else if h == W.soon {
                    if k > first && t.tok[k - 1].hash == W.as { f.condWeak = true }
                } else if h == W.for {
                    // "remove my review for a full refund": the value right after "for" is the
                    // price of the review action just before it (not "I asked for a refund").
                    var j = k + 1
                    let tied = before(t, k, 6, first, [.postVerb, .reviewObject]) || k == first
                        || (k + 1 < stop && t.tok[k + 1].hash == W.free)
                    let hi = min(stop, k + 6)
                    while j < hi {
                        if tied && t.has(j, .value) && valueCounts(t, j, first) {
                            f.condWeak = true; f.valueRequested = true; f.valueAny = true
                            break
                        }
                        j += 1
                    }
                } else if h == W.then {
                    if nextIsFirstPersonFuture(t, k, stop) { f.linked = true }
                } else if !tellsTheTime(t, k, stop) {
                    f.condWeak = true
                }
            }
            if isAnd(h) && (nextIsFirstPersonFuture(t, k, stop) || reviewSubjectFollows(t, k, stop)) { f.linked = true }
            // "or I post this on Booking": a present-tense threat after "or".
            if (h == W.or || h == W.otherwise) && k + 2 < stop && t.has(k + 1, .firstPerson) && t.has(k + 2, .postVerb) {
                if !hasWhether { f.condStrong = true }
                orPresent = k + 2
            }

            // Wants: things of value, and remedies.
            if c.contains(.value) || (t.tok[k].shape.contains(.allDigits) && isAmount(t, k)) {
                if valueCounts(t, k, first) {
                    f.valueAny = true
                    if before(t, k, 3, first, .negator) { f.valueDenied = true }
                    else if !f.action && goesALongWayTowards(t, k, first, stop) {
                        f.action = true; f.condWeak = true; f.valueRequested = true
                    }
                    if isRequested(t, k, first, stop, conditionBefore: firstCondition < k)
                        || governingCondition < k && conditionGoverns(t, governingCondition, k)
                    {
                        f.valueRequested = true
                    }
                }
            }
            if c.contains(.remedy) && remedyCounts(t, k, first) { f.remedy = true }
            // "Knock the bill down by half": a cut to the price, asked of the business.
            if c.contains(.cutVerb) && !f.valueRequested && priceCut(t, k, first, stop) {
                f.valueAny = true; f.valueRequested = true; f.imperative = true
            }

            // Review actions.
            if c.contains(.postVerb) && !f.action {
                // "or I post this", "you refund me, I delete the review": present tense after a condition.
                let afterSubject = k > first && (t.tok[k - 1].hash == W.i || t.tok[k - 1].hash == W.we)
                let present = k == orPresent || (youValueMe && afterSubject)
                    || (afterSubject && !t.isPastTense(k) && k - 2 >= first && isGoverningCondition(t, k - 2, first, stop)
                        && t.tok[k - 2].hash != W.if && t.tok[k - 2].hash != W.should)
                if isCommittedAction(t, k, first, stop, hasAudience: hasAudience, present: present) { f.action = true }
                if (h == W.do || h == W.doing), k + 1 < stop,
                    t.tok[k + 1].hash == W.it || t.tok[k + 1].hash == W.this || t.tok[k + 1].hash == W.that,
                    !(k + 2 < stop && t.tok[k + 2].hash == W.again),
                    before(t, k, 3, first, .negator) && before(t, k, 4, first, .future)
                {
                    f.action = true; f.anaphora = true
                }
            }
            if c.contains(.exposure) && !f.action && hasAudience && before(t, k, 8, first, .future) {
                f.action = true
            }
            if c.contains(.consequence) && !f.action {
                if before(t, k, 5, first, .reviewObject) || platformAfter(t, k, stop) { f.action = true }
            }
            if h == W.anyway || (h == W.still && stillGoesAhead(t, k, stop)) { f.goesAhead = true }
            if c.contains(.reviewObject) {
                if before(t, k, 3, first, .badRating) { f.badReview = true }
                if !f.action && ratingRises(t, k, stop) { f.action = true }
                if !f.action && (ratingHandedBack(t, k, first, stop) || f.valueAny && ratingEarnedBefore(t, k, first, stop)) { f.action = true }
            }
            k += 1
        }
        if f.action && !f.valueRequested && (f.condWeak || f.condStrong || f.linked) { exchangeCues(t, first, stop, &f) }
        // "£100.", "50 quid back.": a bare price, named after an offered removal.
        if !f.valueRequested && (f.valueAny || t.tok[first].shape.contains(.allDigits)) {
            if t.tok[stop - 1].clause == t.tok[first].clause && barePrice(t, first, stop) || f.offer && offerPricedInClause(t, first, stop) {
                f.valueAny = true; f.valueRequested = true; f.condWeak = true
            }
        }
        return f
    }

    /// "and I'll", "then I won't", "and we will": the next words are a first-person future.
    static func nextIsFirstPersonFuture(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard k + 1 < stop else { return false }
        let a = t.tok[k + 1].cls
        if a.contains(.firstPerson) && a.contains(.future) { return true }  // i'll, i'm
        if a.contains(.firstPerson), k + 2 < stop, t.has(k + 2, .future) { return true }
        return false
    }

    /// Whether an `=` stands between token `k - 1` and token `k`.
    static func hasEquals(_ t: ReviewText, _ k: Int) -> Bool {
        var i = t.tok[k - 1].end
        let e = t.tok[k].start
        if e - i == 1 { return t.bytes[i] == 0x3D }
        while i < e { if t.bytes[i] == 0x3D { return true }; i += 1 }
        return false
    }

    /// "and this review disappears", "and the rating goes up": a review as the next subject.
    static func reviewSubjectFollows(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        var j = k + 1
        while j < min(stop, k + 4) {
            if t.has(j, .reviewObject) {
                return j + 1 < stop && (t.has(j + 1, .consequence) || t.has(j + 1, .future)) || ratingRises(t, j, stop)
            }
            j += 1
        }
        return false
    }

    /// A money amount: "$100", "£50", "€20", "20% off".
    static func isAmount(_ t: ReviewText, _ k: Int) -> Bool {
        let s = t.tok[k].start
        if s >= 1 && t.bytes[s - 1] == 0x24 { return true }                              // $
        if s >= 2 && t.bytes[s - 2] == 0xC2 && t.bytes[s - 1] == 0xA3 { return true }      // £
        if s >= 3 && t.bytes[s - 3] == 0xE2 && t.bytes[s - 2] == 0x82 && t.bytes[s - 1] == 0xAC { return true } // €
        if t.byteAfter(k) == 0x25, k + 1 < t.tokenCount, t.tok[k + 1].hash == W.off { return true }  // 20% off
        return false
    }

    /// Whether a value word means something of value here ("gluten free", "credit card",
    /// "waste of money" do not), and is not refused ("I don't want a refund").
    static func valueCounts(_ t: ReviewText, _ k: Int, _ first: Int) -> Bool {
        let h = t.tok[k].hash
        let p = k > first ? t.tok[k - 1].hash : 0
        if h == W.free && W.freeExcluders.contains(p) { return false }
        if h == W.credit, k + 1 < t.tokenCount, t.tok[k + 1].hash == W.card || t.tok[k + 1].hash == W.cards { return false }
        if h == W.money && (p == W.of || p == W.for) { return false }
        // "not asking for a refund", "don't want a discount", "I'm not after freebies".
        var j = k - 1
        let lo = max(first, k - 4)
        while j >= lo {
            if t.has(j, .wantVerb) && (before(t, j, 2, first, .negator)) { return false }
            j -= 1
        }
        return true
    }

    /// Whether the writer asks for the value: "give me a free night", "refund me", "I want my
    /// money back", "if I don't get a discount". Not when it is denied in the past ("they never
    /// gave me a refund") unless a condition comes first ("if I don't get a refund").
    static func isRequested(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int, conditionBefore: Bool) -> Bool {
        let c = t.tok[k].cls
        if !conditionBefore && before(t, k, 4, first, .negator) { return false }
        if c.contains(.request) && k > first
            && (t.tok[k - 1].hash == W.you || t.tok[k - 1].hash == W.they || t.tok[k - 1].hash == u)
        {
            return true
        }
        // "compensated me", "pays me back": the writer receives the value.
        if k + 1 < stop && (t.tok[k + 1].hash == W.me || t.tok[k + 1].hash == W.us) && !thirdPartyBefore(t, k, first) { return true }
        // "if I'm compensated", "once we are refunded", "my refund", "for free".
        if k > first && (t.has(k - 1, .firstPerson) || t.tok[k - 1].hash == W.for && t.tok[k].hash == W.free) { return true }
        if k > first + 1 && t.has(k - 2, .firstPerson) && t.has(k - 1, .future) { return true }
        if t.tok[k].hash == W.pay {
            guard k + 1 < stop else { return false }
            let n = t.tok[k + 1].hash
            return n == W.me || n == W.us || n == W.back
        }
        // A value verb with the writer as object: "refund me", "comp me the room", "credit my card";
        // or with the business as subject: "if you refund the meal", "if you pay for the damage".
        if c.contains(.request) && k + 1 < stop && t.has(k + 1, .objPronoun) { return true }

        var j = k - 1
        let lo = max(first, k - 4)
        while j >= lo {
            let cj = t.tok[j].cls
            if cj.contains(.request) {
                let hj = t.tok[j].hash
                let needsWriter = cj.contains(.wantVerb) || hj == W.get || hj == W.gets
                    || hj == W.receive || hj == W.receives || hj == W.like
                // want/need/expect/get/like: the writer must be the one wanting or getting;
                // give/send/offer: not someone else's offer ("they would give me a discount").
                if needsWriter {
                    if before(t, j, 3, first, .firstPerson) { return true }
                } else if !thirdPartyBefore(t, j, first) {
                    return true
                }
            }
            j -= 1
        }
        return false
    }

    private static let thirdParties: Set<UInt64> = Set([
        "they", "they'd", "they'll", "he", "she", "he'd", "she'd", "manager", "owner", "staff",
        "hotel", "restaurant", "company", "management", "who", "which", "waiter", "waitress",
        "server", "host", "reception", "receptionist", "they've", "business", "shop", "store",
    ].map(WordHash.of))

    /// "they would give", "the manager offered to send": a third party's offer, not a request.
    static func thirdPartyBefore(_ t: ReviewText, _ j: Int, _ first: Int) -> Bool {
        var q = j - 1
        while q >= max(first, j - 3) {
            if thirdParties.contains(t.tok[q].hash) { return true }
            q -= 1
        }
        return false
    }

    /// Whether a remedy word is a remedy here ("unless I hear back", "make it right").
    static func remedyCounts(_ t: ReviewText, _ k: Int, _ first: Int) -> Bool {
        let h = t.tok[k].hash
        if h == W.get || h == W.gets || h == W.receive || h == W.receives || h == W.hear {
            return before(t, k, 3, first, .firstPerson)
        }
        if h == W.right {
            guard k > first else { return false }
            let p = t.tok[k - 1].hash
            return p == W.it || p == W.this || p == W.things
        }
        if h == W.make || h == W.makes { return false }
        return true
    }

    static func platformAfter(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        var j = k + 1
        let hi = min(stop, k + 5)
        while j < hi { if t.has(j, .platform) { return true }; j += 1 }
        return false
    }

    /// A review action the writer commits to: "I'll leave a one-star review", "I won't post on
    /// TripAdvisor", "I'm going to delete it", "I will take this review down".
    static func isCommittedAction(_ t: ReviewText, _ k: Int, _ first: Int, _ stop: Int, hasAudience: Bool, present: Bool = false) -> Bool {
        // "if you want me to take this review down": the writer offers the action.
        let offered = k >= first + 3 && t.tok[k - 1].hash == W.to && t.tok[k - 2].hash == W.me
            && t.has(k - 3, .wantVerb)
        guard present || offered || before(t, k, 4, first, [.future, .willing])
            || t.has(k, .future) && k > first && t.has(k - 1, .firstPerson)
        else {
            return false
        }
        let h = t.tok[k].hash
        let hi = min(stop, k + 8)
        if leftStanding(t, k, stop) { return true }
        if h == W.take || h == W.taking || h == W.taken || h == W.pull || h == W.pulling || h == W.pulled {
            // "take this review down", "take the one star off".
            var j = k + 1, rated = false
            while j < min(stop, k + 5) {
                if t.tok[j].hash == W.down || rated && t.tok[j].hash == W.off { return true }
                if t.has(j, .reviewObject) { rated = true }
                j += 1
            }
            return false
        }
        if ratedTo(t, k, stop) { return true }
        let isTell = h == W.tell || h == W.telling || h == W.warn || h == W.warning || h == W.let
            || h == W.spread || h == W.spreading
        let isGive = h == W.give || h == W.giving
        let pronounOK = t.has(k, .pronounOK) || h == W.bump || h == W.bumping || h == knock
        // "my review will be updated", "the rating will be changed"
        if !isTell && before(t, k, 4, first, .reviewObject) && before(t, k, 4, first, .future) { return true }
        var j = k + 1
        while j < hi {
            let c = t.tok[j].cls
            if c.contains(.reviewObject) { return true }
            if !isGive && c.contains(.platform) {
                if t.tok[j].hash == W.social, j + 1 < stop, t.tok[j + 1].hash != W.media { j += 1; continue }
                return true
            }
            if isTell && c.contains(.audience) { return true }
            if pronounOK && j == k + 1 && (t.tok[j].hash == W.it || t.tok[j].hash == W.this || t.tok[j].hash == W.that || t.tok[j].hash == W.everything) {
                return true
            }
            if (h == W.bump || h == W.bumping || h == knock) && t.tok[j].hash == W.up { return true }
            j += 1
        }
        return false
    }
}

extension DemandDetector {
    /// "still" right before the writer's review action ("I'm still leaving", "will still post"):
    /// the review goes ahead whatever the business does.
    static func stillGoesAhead(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        var j = k + 1
        let hi = min(stop, k + 4)
        while j < hi {
            if t.has(j, .postVerb) { return true }
            j += 1
        }
        return false
    }
}
