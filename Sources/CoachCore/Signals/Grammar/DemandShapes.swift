import CoachText

/// Shapes of a demand that name the price and the review on two sides of a link rather than in
/// one pattern: the alternative ("refund me or I post this on Google"), the equation ("money back
/// = 5 stars", "no voucher, no retraction"), and the offer ("you want this review gone? Refund the
/// $80"). Each returns the words that decided it.
extension DemandGrammar {
    /// Value asked before an "or" (or a condition opening its clause: "otherwise", "if not") with
    /// an action on reviews after it: "Either the refund is processed or I'm posting this on
    /// Google", "I expect a refund, otherwise I'll be telling everyone on Facebook".
    func alternative(_ s: Int) -> (ask: PatternMatch, act: PatternMatch)? {
        let range = text.sentenceMatches[s]
        let first = text.sentences[s].firstToken
        let valuable = ConceptSet([v.value, v.valueVerb, v.payment, v.paymentChannel])
        for i in range.prefix(64) {
            let link = text.matches[i]
            let opensClause = link.firstToken > first && text.tokens[link.firstToken - 1].clause != text.tokens[link.firstToken].clause
            guard link.firstToken > first, link.concept == v.orLink || link.concept == v.condition && opensClause && !isWish(link) else { continue }
            let price = text.matches(startingIn: max(first, link.firstToken - 10)..<link.firstToken, sentence: s).first { m in
                valuable.contains(m.concept) && !m.negated && !m.past && !isWritersValue(m)
            }
            guard let price else { continue }
            // the act follows the link at once ("or I'm posting this", "otherwise I'll be telling")
            let near = link.firstToken...(link.endToken + 3)
            for pattern in p.reviewActs {
                guard let act = text.find(pattern, sentence: s), near.contains(act.firstToken),
                      let head = act.parts.first, !head.negated, !head.past else { continue }
                return (PatternMatch(firstToken: price.firstToken, endToken: link.endToken, parts: [price, link]), act)
            }
            // "a free night or a 1 star": a rating as the alternative (not "a 3 or 4 star room")
            if let act = text.find(p.ratingAfterOr, sentence: s), act.firstToken == link.firstToken,
               !text.tokens[link.firstToken - 1].flags.contains(.numeric) {
                return (PatternMatch(firstToken: price.firstToken, endToken: link.endToken, parts: [price, link]), act)
            }
        }
        return nil
    }

    /// "when I paid", "my own money": value the writer spends or owns, not asks for.
    private func isWritersValue(_ m: ConceptMatch) -> Bool {
        let s = Int(text.tokens[m.firstToken].sentence)
        return m.concept == v.valueVerb && text.matches(startingIn: max(0, m.firstToken - 1)..<m.firstToken, sentence: s).contains { $0.concept == v.firstPerson }
    }

    /// "Money back = 5 stars", "No refund = this stays": value on one side of an equals sign and
    /// the review on the other; or "No voucher, no retraction": value refused, then the review's
    /// removal refused, each clause opened by a negator.
    func equation(_ s: Int) -> PatternMatch? {
        let span = text.sentences[s]
        let ms = text.matches[text.sentenceMatches[s]]
        let valuable = ConceptSet([v.value, v.valueVerb, v.payment])
        let review = ConceptSet([v.reviewObject, v.persistence, v.removal, v.badRating])
        var k = span.firstToken + 1
        while k < span.endToken {
            let gap = text.tokens[k - 1].end, next = text.tokens[k].start
            if gap < next && text.bytes[gap..<next].contains(0x3D) {  // "="
                if let price = ms.first(where: { valuable.contains($0.concept) && $0.endToken <= k }),
                   let outcome = ms.first(where: { review.contains($0.concept) && $0.firstToken >= k }) {
                    return PatternMatch(firstToken: price.firstToken, endToken: outcome.endToken, parts: [price, outcome])
                }
            }
            k += 1
        }
        // "No voucher, no retraction": two clauses, each opened by a negator
        let t0 = span.firstToken
        guard text.tokens[t0].flags.contains(.negator),
              let price = ms.first(where: { valuable.contains($0.concept) && $0.negated && text.tokens[$0.firstToken].clause == text.tokens[t0].clause }),
              let removal = ms.first(where: { m in
                  m.concept == v.removal && m.negated && m.firstToken > price.endToken
                      && text.tokens[m.firstToken].clause != text.tokens[t0].clause && text.tokens[m.firstToken - 1].flags.contains(.negator)
              })
        else { return nil }
        return PatternMatch(firstToken: price.firstToken, endToken: removal.endToken, parts: [price, removal])
    }

    /// "You want this review gone?", "Wanna know how to get rid of this review?", "If you'd like
    /// this review taken down": the reader's wish for this review to go, the business invited to
    /// pay for it. Not the writer's own wish ("I want this review to be read").
    func offersRemoval(_ s: Int) -> Bool {
        let range = text.sentenceMatches[s]
        for i in range where text.matches[i].concept == v.desire && !text.matches[i].negated && !text.matches[i].past {
            let d = text.matches[i]
            let before = text.matches(startingIn: max(0, d.firstToken - 1)..<d.firstToken, sentence: s)
            if before.contains(where: { $0.concept == v.firstPerson }) { continue }
            let after = text.matches(startingIn: d.endToken..<(d.endToken + 8), sentence: s)
            let named = after.contains { m in
                m.concept == v.reviewObject && after.contains { $0.concept == v.demonstrative && $0.endToken == m.firstToken }
            }
            if named || after.contains(where: { $0.concept == v.removal && !$0.negated }) && p.improvements.contains(where: { text.find($0, sentence: s) != nil }) {
                return true
            }
        }
        return false
    }

    /// "I told you I would remove them all", "I'd take this down": the writer's own offer of a
    /// removal (a modal right before it), not a wish ("if I could, I would change it").
    func writerOffersRemoval(_ s: Int) -> Bool {
        let range = text.sentenceMatches[s]
        guard !range.contains(where: { isWish(text.matches[$0]) }) else { return false }
        return range.contains { i in
            let m = text.matches[i]
            guard m.concept == v.counterfactual, !m.negated, text.matches(startingIn: max(0, m.firstToken - 1)..<(m.firstToken + 1), sentence: s).contains(where: { $0.concept == v.firstPerson }) else { return false }
            return text.matches(startingIn: m.endToken..<(m.endToken + 2), sentence: s).contains { $0.concept == v.removal && !$0.negated }
                && p.improvements.contains { text.find($0, sentence: s) != nil }
        }
    }

    /// "If you'd like this taken down, you know what to do: £75 back", "A campaign of negative
    /// reviews will begin unless a fee of £400 is received": value opening a clause of a
    /// sentence with a condition, or bad reviews named before a condition on value.
    func clauseValue(_ s: Int) -> PatternMatch? {
        let span = text.sentences[s]
        for m in text.matches[text.sentenceMatches[s]] where m.concept == v.value && !m.negated && !m.past && m.firstToken > span.firstToken {
            // the value opens its clause, perhaps after one word ("a full refund")
            let opens = (1...2).contains { k in m.firstToken - k >= span.firstToken && text.tokens[m.firstToken - k].clause != text.tokens[m.firstToken].clause }
            if opens { return PatternMatch(firstToken: m.firstToken, endToken: m.endToken, parts: [m]) }
        }
        return nil
    }

    /// "Deleted the second the refund lands", "Gone the moment I'm paid": a removal with no
    /// subject opening the sentence, a condition right after it.
    func elliptical(_ s: Int) -> PatternMatch? {
        let first = text.sentences[s].firstToken
        let opening = text.matches(startingAt: first, sentence: s)
        guard let r = opening.first(where: { $0.concept == v.removal && !$0.negated }) else { return nil }
        let next = text.matches(startingIn: r.endToken..<(r.endToken + 2), sentence: s)
        guard next.contains(where: { $0.concept == v.condition || $0.concept == v.deadline }) else { return nil }
        return PatternMatch(firstToken: r.firstToken, endToken: r.endToken, parts: [r])
    }

    /// Whether sentence `s` is a price named bare: four words at most ("100$ PayPal", "£100.").
    func isBare(_ s: Int) -> Bool {
        text.sentences[s].endToken - text.sentences[s].firstToken <= 4 && text.sentenceConcepts[s].contains(v.value)
    }
}
