import CoachText

/// The demand grammar: a request for value (money, a refund, a gift card, a free or an ordinary
/// service; by the reviewer or a third party) tied by a condition or a deadline to an action on
/// reviews (post, keep posting, remove, change, a count of reviews). Each part is a pattern over
/// lexicon concepts (`DemandPatterns`); a sentence and the one before it are read together.
///
/// Not demands: a plain wish for a refund (no review action), "I'll tell everyone" (nothing
/// asked), "if I could give zero stars I would" (a hypothetical condition, nothing asked), "I'd
/// give another star if ..." (hypothetical), "but I'm still leaving a bad review" (the review
/// comes whatever happens).
final class DemandGrammar {
    /// What decided a demand: the rule, and the words that made it (for the evidence).
    struct Finding: Equatable {
        var cue: ExtortionCue?
        var firstSentence: Int
        var lastSentence: Int
        var cueStart: Int
        var cueEnd: Int
    }

    let text: TextAnalysis
    let v: Vocabulary
    let p: DemandPatterns
    /// Whether the text mentions both an action on reviews and something asked (or an order to
    /// post): without both no rule can fire, so most reviews stop here.
    let mayHoldDemand: Bool

    init(_ text: TextAnalysis, vocabulary: Vocabulary = .shipped) {
        self.text = text
        self.v = vocabulary
        self.p = vocabulary.lexicon.conceptNames == Vocabulary.shipped.lexicon.conceptNames ? DemandPatterns.shipped : DemandPatterns(vocabulary)
        let all = text.allConcepts
        mayHoldDemand = all.intersects(DemandGrammar.actConcepts) && all.intersects(DemandGrammar.askConcepts) || all.contains(vocabulary.order) || all.contains(vocabulary.escalation)
    }

    private static let actConcepts = Vocabulary.shipped.actConcepts
    private static let askConcepts = Vocabulary.shipped.askConcepts
    private static let askedConcepts = Vocabulary.shipped.askedConcepts

    /// Per sentence: which parts of a demand it holds.
    struct Parts {
        var act: PatternMatch?
        var ask: PatternMatch?
        var improvement = false
        var exchange: PatternMatch?
        var condition = false
        var repeatAct = false
        var goesAhead = false
        /// The reader invited to pay for this review to go ("you want this review gone?").
        var offer = false
        /// The writer's own offer of a removal ("I would remove them all").
        var writerOffer = false
        /// Whether the sentence speaks to the business ("Can you help me?").
        var addressed = false
        /// The writer going on or raising the price ("I'll keep doing it", "I'll increase the amount").
        var escalates = false
        /// A sum of money or a count of more named ("$75", "40 more").
        var sumOrCount = false
        /// A condition on "it" or on value ("once it arrives", "when I get my refund"), not on
        /// anything at all ("when something changes"): what ties a value only waited for.
        var conditionOnIt = false
    }

    func parts(_ s: Int) -> Parts {
        var r = Parts()
        r.act = firstMatch(p.reviewActs, s) ?? split(v.removal, s) ?? split(v.persistence, s) ?? split(v.removal, s, negated: true)
        r.condition = hasRealCondition(s)
        if let e = text.find(p.escalation, sentence: s) { r.act = r.act ?? e; r.escalates = true }
        let span = text.sentences[s]
        r.sumOrCount = text.find(p.sumOrCount, sentence: s) != nil || text.tokens[span.firstToken..<span.endToken].contains { $0.kind == .amount }
        guard r.act != nil || text.sentenceConcepts[s].intersects(DemandGrammar.askedConcepts) else { return r }
        for pattern in p.asks {
            if let m = text.find(pattern, sentence: s), !isWish(m.parts[0]), !isReadersWish(m), !isWritersPayment(m), !isHopedService(m), !isDeniedCondition(m.parts[0]), !isWritersOwnDoing(m) { r.ask = m; break }
        }
        // "Full refund.": a sentence that is only a thing of value
        if r.ask == nil, text.sentences[s].endToken - text.sentences[s].firstToken <= 3, let m = text.find(p.bareValue, sentence: s) { r.ask = m }
        // "They refused to refund me unless I deleted my review": the business's condition
        if writerActsInCondition(s) { return Parts() }
        // "They said they'd give us a discount if we posted": the business's words, reported
        if let said = reportedAt(s) {
            // reported speech runs to the end of its clause: an action or ask after it is the reported one
            let clause = text.tokens[said].clause
            let inside = { (m: PatternMatch?) in m.map { $0.firstToken > said && self.text.tokens[$0.firstToken].clause == clause } ?? false }
            if inside(r.act) || inside(r.ask) { return Parts() }
        }
        if let link = promise(s, ask: r.ask) { r.condition = true; r.ask = r.ask ?? link }
        // "You don't pay, the photos go on Google": the refusal is the condition
        if let a = r.ask, a.parts.count == 2, a.parts[0].concept == v.secondPerson, a.parts[1].negated { r.condition = true }
        if r.act == nil, let e = elliptical(s) { r.act = e }
        if let alt = alternative(s) { r.condition = true; r.ask = r.ask ?? alt.ask; r.act = r.act ?? alt.act }
        // "Easily avoided: a full refund": a short sentence that names the price
        let short = text.sentences[s].endToken - text.sentences[s].firstToken <= 6
        if r.ask == nil, r.condition && r.act != nil || short, let m = clauseValue(s) { r.ask = m }
        // "I'll do that until I get the loan from you": going on until the business gives
        if r.ask == nil, r.escalates, let m = text.find(p.untilYou, sentence: s) { r.ask = m }
        // "negative reviews will begin unless a fee is received": the bad reviews are the act
        if r.act == nil, let a = r.ask, a.parts.first?.concept == v.condition, let b = p.badReviews.lazy.compactMap({ self.text.find($0, sentence: s) }).first, b.endToken <= a.firstToken { r.act = b }
        r.conditionOnIt = text.find(p.conditionOnIt, sentence: s) != nil
        r.improvement = p.improvements.contains { text.find($0, sentence: s) != nil } || split(v.removal, s) != nil
        r.exchange = firstMatch(p.exchange, s) ?? pricedRemoval(s) ?? equation(s)
        r.offer = offersRemoval(s)
        r.writerOffer = writerOffersRemoval(s)
        r.addressed = text.sentenceConcepts[s].contains(v.secondPerson)
        r.repeatAct = r.escalates || text.find(p.repeatAct, sentence: s) != nil
        // "still", "anyway": the review comes whatever happens (not "still waiting on my refund",
        // not "still happy to take it down")
        r.goesAhead = r.act != nil && !r.improvement && text.first(ConceptSet([v.goesAhead]), sentence: s) != nil
        return r
    }

    /// "and then pay to have it fixed": a verb of value right after a condition is the writer's
    /// own doing unless it is received ("once refunded") or the business does it ("after you discount").
    func isWritersOwnDoing(_ ask: PatternMatch) -> Bool {
        guard ask.parts.count == 2, ask.parts[0].concept == v.condition else { return false }
        let verb = ask.parts[1].firstToken, s = Int(text.tokens[verb].sentence)
        guard verb == ask.parts[0].endToken, text.matches(startingAt: verb, sentence: s).contains(where: { $0.concept == v.valueVerb }) else { return false }
        if text.tokens[verb].flags.contains(.past) { return false }
        return !text.matches(startingIn: ask.parts[0].firstToken..<verb, sentence: s).contains { $0.concept == v.secondPerson }
    }

    /// "never once offered to comp": a condition word right after a negator is no condition.
    func isDeniedCondition(_ m: ConceptMatch) -> Bool {
        m.concept == v.condition && m.firstToken > 0 && text.tokens[m.firstToken - 1].flags.contains(.negator)
    }

    /// Whether a condition's own clause has the writer acting on the review in the past or
    /// hypothetically ("if I removed my review", "unless I deleted it", "if I'd delete it"): the
    /// business set that condition, the writer reports it ("or I post it" is the writer's own).
    func writerActsInCondition(_ s: Int) -> Bool {
        let acting = ConceptSet([v.removal, v.reviewAction])
        for i in text.sentenceMatches[s] where text.matches[i].concept == v.condition {
            let c = text.matches[i]
            let after = text.matches(startingAt: c.endToken, sentence: s)
            guard after.contains(where: { $0.concept == v.firstPerson }) else { continue }
            let hypothetical = text.matches(startingIn: c.endToken..<(c.endToken + 2), sentence: s).contains { $0.concept == v.counterfactual }
            let clause = text.tokens[c.firstToken].clause
            if text.matches(startingIn: (c.endToken + 1)..<(c.endToken + 4), sentence: s).contains(where: { a in
                acting.contains(a.concept) && text.tokens[a.firstToken].clause == clause && (hypothetical || text.tokens[a.firstToken].flags.contains(.past))
            }) { return true }
        }
        return false
    }

    /// Where the sentence reports words ("they said", "I said I would"), if it does.
    func reportedAt(_ s: Int) -> Int? {
        // "I'll be telling everyone": a report to come, not one made ("they were telling me" is)
        text.sentenceMatches[s].first { i in
            let m = text.matches[i]
            return m.concept == v.reported && !m.negated && (m.past || !text.matches(startingAt: m.firstToken, sentence: s).contains { $0.concept == v.copula })
        }.map { text.matches[$0].firstToken }
    }

    /// "Refund me and I'll delete this", "Deliver the couch by Saturday, and this goes back to 5
    /// stars": a request (an ask, or a verb of value or service opening its clause) joined by a
    /// promise link to what comes after. Returns the request when there is one before the link.
    func promise(_ s: Int, ask: PatternMatch?) -> PatternMatch? {
        let range = text.sentenceMatches[s]
        guard let li = range.first(where: { text.matches[$0].concept == v.promiseLink }) else { return nil }
        let link = text.matches[li]
        // the link leads to an action on the review, here or in the next sentence ("and we're
        // good. The review comes down"), not "and they hung up on me"
        let acting = ConceptSet([v.removal, v.reviewAction, v.persistence, v.earns, v.reviewObject, v.goPublic, v.exposure, v.escalation])
        let leads = (s...min(s + 1, text.sentences.count - 1)).contains { k in
            text.matches[text.sentenceMatches[k]].contains { m in acting.contains(m.concept) && (k > s ? !m.past : m.firstToken >= link.firstToken) }
        }
        guard leads else { return nil }
        if let a = ask, a.firstToken < link.firstToken { return a.parts.contains(where: \.past) ? nil : a }
        let asking = ConceptSet([v.valueVerb, v.value, v.payment, v.serviceRequest, v.request])
        for m in text.matches(startingIn: text.sentences[s].firstToken..<link.firstToken, sentence: s)
        where asking.contains(m.concept) && !m.negated && !m.past && !(m.concept == v.request && opensWithWriter(m, s)) {
            // an imperative: the verb opens its clause, perhaps after one word ("please", "just", "come")
            let clauseStart = clauseStart(of: m.firstToken)
            if m.firstToken - clauseStart <= 1 { return PatternMatch(firstToken: m.firstToken, endToken: m.endToken, parts: [m]) }
        }
        // "Bin the delivery charge off my invoice and I'll bin this review": a removal opening
        // the sentence, with value before the link
        let first = text.sentences[s].firstToken
        if let r = text.matches(startingAt: first, sentence: s).first(where: { $0.concept == v.removal && !$0.negated && !$0.past }),
           let value = text.matches(startingIn: r.endToken..<link.firstToken, sentence: s).first(where: { $0.concept == v.value && !$0.negated }) {
            return PatternMatch(firstToken: r.firstToken, endToken: value.endToken, parts: [r, value])
        }
        return nil
    }

    /// "I wanted ...": a request word said by the writer about themself, not an imperative ("Send someone round").
    func opensWithWriter(_ m: ConceptMatch, _ s: Int) -> Bool {
        text.matches(startingIn: max(0, m.firstToken - 1)..<(m.firstToken + 1), sentence: s).contains { $0.concept == v.firstPerson }
    }

    /// "I'd take this whole review down for a full refund": a removal split around the review,
    /// with value named within five words after it in its clause.
    func pricedRemoval(_ s: Int) -> PatternMatch? {
        guard let r = split(v.removal, s) else { return nil }
        let clause = text.tokens[r.firstToken].clause
        let priced = text.matches(startingIn: r.endToken..<(r.endToken + 5), sentence: s).first { m in
            m.concept == v.value && !m.negated && !m.past && text.tokens[m.firstToken].clause == clause
        }
        return priced.map { PatternMatch(firstToken: r.firstToken, endToken: $0.endToken, parts: r.parts + [$0]) }
    }

    /// The first token of the clause holding token `i`.
    func clauseStart(of i: Int) -> Int {
        let first = text.sentences[Int(text.tokens[i].sentence)].firstToken
        var k = i
        while k > first && text.tokens[k - 1].clause == text.tokens[i].clause && i - k < 3 { k -= 1 }
        return k
    }

    /// "If I'm paying $26 ...": the writer's own payment after a condition, not a request.
    func isWritersPayment(_ ask: PatternMatch) -> Bool {
        guard ask.parts.count >= 2, ask.parts[0].concept == v.condition else { return false }
        let value = ask.parts[ask.parts.count - 1].firstToken
        let ms = text.matches[text.sentenceMatches[Int(text.tokens[value].sentence)]]
        // only a verb of paying ("if I pay"), not a thing ("when I get my refund")
        guard ms.contains(where: { $0.concept == v.valueVerb && $0.firstToken == value }) else { return false }
        let copula = ms.contains { $0.concept == v.copula && $0.firstToken == value - 1 }
        // "when I get my refund": the writer's refund, a thing; "unless I'm compensated": the writer paid
        if ms.contains(where: { $0.concept == v.firstPossessive && $0.endToken == value }) { return false }
        if copula && text.tokens[value].flags.contains(.past) { return false }
        return ms.contains { $0.concept == v.firstPerson && ($0.endToken == value || copula && $0.endToken == value - 1) }
    }

    /// "If they ever call me back": a service hoped for inside a condition, not asked of the
    /// business ("if you contact me" still asks).
    func isHopedService(_ ask: PatternMatch) -> Bool {
        guard let m = ask.parts.first, m.concept == v.serviceRequest else { return false }
        let s = Int(text.tokens[m.firstToken].sentence), clause = text.tokens[m.firstToken].clause
        let ms = text.matches[text.sentenceMatches[s]]
        let addressed = ms.contains { $0.concept == v.secondPerson && $0.endToken == m.firstToken }
        return !addressed && ms.contains { c in
            c.concept == v.condition && c.firstToken < m.firstToken && text.tokens[c.firstToken].clause == clause
        }
    }

    /// The first of `patterns` to match in sentence `s`.
    func firstMatch(_ patterns: [TextPattern], _ s: Int) -> PatternMatch? {
        for pattern in patterns { if let m = text.find(pattern, sentence: s) { return m } }
        return nil
    }

    /// A removal or a staying split around what it acts on: "take this down", "take the one star
    /// off", "keeping this review up".
    /// With `negated`, only a refused one: "I'm not taking this down till ..." (the review kept up).
    func split(_ concept: Concept, _ s: Int, negated: Bool = false) -> PatternMatch? {
        let range = text.sentenceMatches[s]
        for i in range where text.matches[i].concept == concept && text.matches[i].negated == negated && !text.matches[i].past {
            let m = text.matches[i]
            guard m.endToken - m.firstToken >= 3 else { continue }
            // a gap is at most three words: look only at what starts inside it
            let inside = text.matches(startingIn: (m.firstToken + 1)..<(m.endToken - 1), sentence: s).contains { o in
                (o.concept == v.reference || o.concept == v.demonstrative || o.concept == v.reviewObject) && o.endToken < m.endToken
            }
            if inside { return PatternMatch(firstToken: m.firstToken, endToken: m.endToken, parts: [m]) }
        }
        return nil
    }

    /// A deadline, or a condition not opening a wish ("if I could", "if only" are not conditions).
    func hasRealCondition(_ s: Int) -> Bool {
        let range = text.sentenceMatches[s]
        let ms = text.matches
        for i in range where ms[i].concept == v.deadline { return true }
        for i in range where ms[i].concept == v.condition && !isWish(ms[i]) { return true }
        // "refund me or every review site hears about this": "or" with a review action after it
        // (the first few only, so a sentence of a thousand "or"s stays linear)
        for i in range.lazy.filter({ ms[$0].concept == self.v.orLink }).prefix(3) {
            if p.reviewActs.contains(where: { pattern in
                guard let m = text.find(pattern, sentence: s) else { return false }
                return m.firstToken >= ms[i].firstToken
            }) { return true }
        }
        return false
    }

    /// A condition that opens a wish: "if I could", "if only" (not "if you'd like").
    func isWish(_ m: ConceptMatch) -> Bool {
        guard m.concept == v.condition else { return false }
        let s = Int(text.tokens[m.firstToken].sentence)
        func at(_ i: Int, _ c: Concept) -> Bool { text.matches(startingAt: i, sentence: s).contains { $0.concept == c } }
        let e = m.endToken
        // "if I had the money": a hypothetical in the past
        let pastAfterWriter = at(e, v.firstPerson) && e + 1 < text.sentences[s].endToken && text.tokens[e + 1].flags.contains(.past)
        return at(e, v.counterfactual) || (at(e, v.firstPerson) && at(e + 1, v.counterfactual)) || pastAfterWriter
    }

    /// "If you want a refund, ...": the reader's wish, not the writer's request ("if you pay" is still an ask).
    func isReadersWish(_ ask: PatternMatch) -> Bool {
        let ms = text.matches[text.sentenceMatches[Int(text.tokens[ask.firstToken].sentence)]]
        return ms.contains { r in
            r.concept == v.desire && r.firstToken > ask.firstToken - 1 && r.firstToken < ask.endToken
                && text.matches(startingAt: r.firstToken - 1, sentence: Int(text.tokens[ask.firstToken].sentence)).contains { $0.concept == v.secondPerson }
        }
    }

    /// The sentence holding byte `offset`.
    func sentence(at offset: Int) -> Int {
        var lo = 0, hi = text.sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if text.sentences[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The demands in the text, first to last: the parts may spread over three sentences in a row.
    func findings() -> [Finding] {
        guard mayHoldDemand else { return [] }
        var out: [Finding] = []
        var window: [Parts] = []
        for s in text.sentences.indices {
            let cur = parts(s)
            window.append(cur)
            if window.count > 3 { window.removeFirst() }
            let act = window.contains { $0.act != nil }
            // a value only waited for ("still waiting on my refund") is asked when a condition points at it
            let onIt = window.contains(where: \.conditionOnIt)
            let counts: (PatternMatch) -> Bool = { onIt || $0.parts.first?.concept != self.v.awaiting }
            // "I'll keep doing it. I've got 40 more": going on, with a sum or a count, asks to be paid off
            let escalation = window.contains(where: \.escalates) && window.contains(where: \.sumOrCount)
            let ask = window.lazy.compactMap(\.ask).first(where: counts) ?? (escalation ? window.lazy.compactMap(\.act).first : nil)
            let condition = window.contains(where: \.condition)
            let repeatAct = window.contains(where: \.repeatAct)
            let ahead = window.contains(where: \.goesAhead)
            let improvement = window.suffix(2).contains(where: \.improvement)
            // "You want this review gone? Refund the $80.": the offer, then its price
            let offered = window.suffix(2).contains(where: \.offer) && window.suffix(2).contains { $0.ask.map(counts) ?? false }
                // "I told you I would remove them all. Can you help me?": the writer's offer, then an ask to the business
                || window.suffix(2).contains(where: \.writerOffer) && cur.addressed && cur.ask.map(counts) ?? false
            // value asked, tied by a condition (or a repeat) to a review action
            let tied = act && ask != nil && (condition || repeatAct)
            // value asked, and the review goes away or gets better: an exchange
            let traded = cur.exchange != nil || (window.suffix(2).contains { $0.ask.map(counts) ?? false } && improvement && (cur.ask == nil || cur.improvement || isBare(s)))
            if (tied || traded || offered) && !ahead {
                // quote from the first sentence the demand needs
                var first = s
                for (k, p) in window.enumerated().reversed() where p.act != nil || p.ask != nil || p.condition || p.exchange != nil {
                    first = s - (window.count - 1 - k)
                }
                let k = cur.exchange ?? ask ?? cur.act!
                out.append(Finding(cue: nil, firstSentence: first, lastSentence: s, cueStart: k.firstToken, cueEnd: k.endToken))
                window.removeAll()
                continue
            }
        }
        if out.isEmpty, let f = extortion() { out.append(f) }
        return out
    }

    /// What marks the text as an extortion scam, with the words that show it: someone ordered
    /// or paid to post reviews, a payment channel asked for, a count of reviews.
    func extortionCue() -> (kind: ExtortionCue, text: String)? {
        func quote(_ m: PatternMatch) -> String { text.text(text.tokens[m.firstToken].start, text.tokens[m.endToken - 1].end) }
        for s in text.sentences.indices {
            if let m = text.find(p.ordered, sentence: s) { return (.thirdParty, quote(m)) }
        }
        for s in text.sentences.indices {
            if let m = text.find(p.channel, sentence: s) { return (.paymentChannel, quote(m)) }
        }
        for s in text.sentences.indices {
            if let m = text.find(p.manyReviews, sentence: s) { return (.reviewCount, quote(m)) }
        }
        return nil
    }

    /// The extortion-scam shapes a sentence pair does not show: someone ordered to post
    /// reviews; a payment channel and a sum or a request, with bad reviews and their removal,
    /// a count, or a condition anywhere in the message.
    func extortion() -> Finding? {
        var channel: (PatternMatch, Int)? = nil
        var mentioned = false, leverage = false, amountOrAsk = false
        for s in text.sentences.indices {
            // someone ordered or paid to post reviews, with a count of them in the same or the next
            // sentence, or to act against the business on a platform ("paid me to cancel you off Google")
            if let m = text.find(p.ordered, sentence: s),
               let last = (s...min(s + 1, text.sentences.count - 1)).first(where: { k in text.find(p.numberOfReviews, sentence: k) != nil })
                ?? (text.find(p.orderedAgainst, sentence: s) != nil ? s : nil) {
                return Finding(cue: .thirdParty, firstSentence: s, lastSentence: last, cueStart: m.firstToken, cueEnd: m.endToken)
            }
            // "A competitor paid us to ruin you. Should you not do this, we'll write reviews": paid
            // by a third party, then (in a later sentence) an action on reviews under a condition
            if let m = text.find(p.ordered, sentence: s),
               s + 1 < text.sentences.count,
               let last = ((s + 1)...min(s + 2, text.sentences.count - 1)).first(where: { k in let q = parts(k); return q.act != nil && q.condition }) {
                return Finding(cue: .thirdParty, firstSentence: s, lastSentence: last, cueStart: m.firstToken, cueEnd: m.endToken)
            }
            if channel == nil, let m = text.find(p.channel, sentence: s) {
                channel = (m, s)
                // "Gift cards or more one-stars": a channel named bare is itself the demand
                if text.opensSentence(m.firstToken) { amountOrAsk = true }
            }
            // bad reviews, or the rating itself ("your rating is now 3.2")
            if !mentioned { mentioned = p.badReviews.contains { text.find($0, sentence: s) != nil } || text.sentenceConcepts[s].contains(v.reviewObject) }
            if !leverage {
                leverage = p.improvements.contains { text.find($0, sentence: s) != nil } || text.find(p.reviewCount, sentence: s) != nil || hasRealCondition(s)
                    // "removes negative Google and Yelp reviews": removal of bad reviews on offer
                    // or promised for the payment: "send 0.01 ETH and we will remove all"
                    || text.first(ConceptSet([v.removal]), sentence: s, polarity: .open) != nil
                        && (text.sentenceConcepts[s].contains(v.promiseLink) || p.badReviews.contains { text.find($0, sentence: s) != nil })
            }
            if !amountOrAsk { amountOrAsk = p.asks.contains { text.find($0, sentence: s) != nil } || text.sentenceConcepts[s].contains(v.value) }
        }
        if let (m, s) = channel, mentioned, leverage, amountOrAsk {
            return Finding(cue: .paymentChannel, firstSentence: s, lastSentence: s, cueStart: m.firstToken, cueEnd: m.endToken)
        }
        return nil
    }
}
