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
        mayHoldDemand = all.intersects(DemandGrammar.actConcepts) && all.intersects(DemandGrammar.askConcepts) || all.contains(vocabulary.order)
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
    }

    func parts(_ s: Int) -> Parts {
        var r = Parts()
        // "They said they'd give us a discount if we posted": the business's words, reported
        if text.sentenceConcepts[s].contains(v.reported) { return r }
        r.act = firstMatch(p.reviewActs, s) ?? splitRemoval(s)
        r.condition = hasRealCondition(s)
        guard r.act != nil || text.sentenceConcepts[s].intersects(DemandGrammar.askedConcepts) else { return r }
        for pattern in p.asks {
            if let m = text.find(pattern, sentence: s), !isWish(m.parts[0]), !isReadersWish(m), !isWritersPayment(m), !isHopedService(m) { r.ask = m; break }
        }
        r.improvement = p.improvements.contains { text.find($0, sentence: s) != nil } || splitRemoval(s) != nil
        r.exchange = text.find(p.exchange, sentence: s)
        r.repeatAct = text.find(p.repeatAct, sentence: s) != nil
        r.goesAhead = text.first(ConceptSet([v.goesAhead]), sentence: s) != nil
        return r
    }

    /// "If I'm paying $26 ...": the writer's own payment after a condition, not a request.
    func isWritersPayment(_ ask: PatternMatch) -> Bool {
        guard ask.parts.count >= 2, ask.parts[0].concept == v.condition else { return false }
        let value = ask.parts[ask.parts.count - 1].firstToken
        let ms = text.matches[text.sentenceMatches[Int(text.tokens[value].sentence)]]
        // only a verb of paying ("if I pay"), not a thing ("when I get my refund")
        guard ms.contains(where: { $0.concept == v.valueVerb && $0.firstToken == value }) else { return false }
        let copula = ms.contains { $0.concept == v.copula && $0.firstToken == value - 1 }
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

    /// A removal split around what it removes: "take this down", "take the one star off".
    func splitRemoval(_ s: Int) -> PatternMatch? {
        let range = text.sentenceMatches[s]
        for i in range where text.matches[i].concept == v.removal && !text.matches[i].negated && !text.matches[i].past {
            let m = text.matches[i]
            guard m.endToken - m.firstToken >= 3 else { continue }
            // a gap is at most three words: look only at what starts inside it
            let inside = (m.firstToken + 1..<m.endToken - 1).contains { k in
                text.matches(startingAt: k, sentence: s).contains { o in
                    (o.concept == v.reference || o.concept == v.demonstrative || o.concept == v.reviewObject) && o.endToken < m.endToken
                }
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
                return m.firstToken >= ms[i].endToken
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
        return at(e, v.counterfactual) || (at(e, v.firstPerson) && at(e + 1, v.counterfactual))
    }

    /// "If you want a refund, ...": the reader's wish, not the writer's request ("if you pay" is still an ask).
    func isReadersWish(_ ask: PatternMatch) -> Bool {
        let ms = text.matches[text.sentenceMatches[Int(text.tokens[ask.firstToken].sentence)]]
        return ms.contains { r in
            r.concept == v.desire && r.firstToken > ask.firstToken - 1 && r.firstToken < ask.endToken
                && text.matches(startingAt: r.firstToken - 1, sentence: Int(text.tokens[ask.firstToken].sentence)).contains { $0.concept == v.secondPerson }
        }
    }

    /// Whether sentence `s` or one beside it asks for value (a demand needs one).
    func asksNear(sentence s: Int) -> Bool {
        (max(0, s - 1)...min(text.sentences.count - 1, s + 1)).contains { k in
            parts(k).ask != nil || text.find(p.exchange, sentence: k) != nil
        }
    }

    /// Whether a demand the old detector found in sentences `a...b` has anything of one: a
    /// request for value, an exchange or a word of value in them or beside them, the business
    /// addressed ("you"), or an open action on a review (to come, not negated: "I'll tell
    /// everyone on Instagram"). Without any of these it asks nothing and threatens nothing: a
    /// rating explained ("one star, since the site needs a rating before it posts"), an aside
    /// with "or" in it ("nobody, guest or staff, likes ..."), so it is no demand (P11).
    func asksAnything(sentences a: Int, _ b: Int) -> Bool {
        let lo = max(0, a - 1), hi = min(text.sentences.count - 1, b + 1)
        guard lo <= hi, a <= b else { return true }
        let valuable = ConceptSet([v.value, v.payment, v.paymentChannel])
        if (lo...hi).contains(where: { k in
            text.sentenceConcepts[k].intersects(valuable) || p.asks.contains { text.find($0, sentence: k) != nil }
                || text.find(p.exchange, sentence: k) != nil
        }) { return true }
        return (a...b).contains { k in
            text.sentenceConcepts[k].contains(v.secondPerson) || p.reviewActs.contains { pattern in
                guard let m = text.find(pattern, sentence: k) else { return false }
                return m.parts.first.map { !$0.negated && !$0.past } ?? false
            }
        }
    }

    /// Whether sentence `s` states a wish ("if I could ...", "would give another star if ...")
    /// and neither it nor a sentence beside it asks for value.
    func isWishWithoutAsk(sentence s: Int) -> Bool {
        let range = text.sentenceMatches[s]
        let wish = range.contains { isWish(text.matches[$0]) }
            || range.contains { i in text.matches[i].concept == v.counterfactual && range.contains { j in text.matches[j].concept == v.reviewAction && text.matches[j].firstToken > text.matches[i].firstToken && text.matches[j].firstToken <= text.matches[i].endToken + 1 } }
        return wish && !asksNear(sentence: s)
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
            let ask = window.lazy.compactMap(\.ask).first
            let condition = window.contains(where: \.condition)
            let repeatAct = window.contains(where: \.repeatAct)
            let ahead = window.contains(where: \.goesAhead)
            let improvement = window.suffix(2).contains(where: \.improvement)
            // value asked, tied by a condition (or a repeat) to a review action
            let tied = act && ask != nil && (condition || repeatAct)
            // value asked, and the review goes away or gets better: an exchange
            let traded = cur.exchange != nil || (window.suffix(2).contains { $0.ask != nil } && improvement && (cur.ask == nil || cur.improvement))
            if (tied || traded) && !ahead {
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
            if channel == nil, let m = text.find(p.channel, sentence: s) { channel = (m, s) }
            if !mentioned { mentioned = p.badReviews.contains { text.find($0, sentence: s) != nil } }
            if !leverage {
                leverage = p.improvements.contains { text.find($0, sentence: s) != nil } || text.find(p.reviewCount, sentence: s) != nil || hasRealCondition(s)
            }
            if !amountOrAsk { amountOrAsk = p.asks.contains { text.find($0, sentence: s) != nil } || text.sentenceConcepts[s].contains(v.value) }
        }
        if let (m, s) = channel, mentioned, leverage, amountOrAsk {
            return Finding(cue: .paymentChannel, firstSentence: s, lastSentence: s, cueStart: m.firstToken, cueEnd: m.endToken)
        }
        return nil
    }
}
