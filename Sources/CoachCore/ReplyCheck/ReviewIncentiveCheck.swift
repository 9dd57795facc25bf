/// `review_incentive` (P7): something of value (refund, discount, voucher, gift, free meal, credit,
/// upgrade, money) offered together with a change to the review (remove, delete, take down, update,
/// change, edit, improve the review, rating or stars; or leave a better one; or "remove it" asked of
/// the customer right after the review is mentioned), in one sentence, or in two neighbouring
/// sentences tied by a condition or request ("if", "once", "in return", "would you"). Indirect forms
/// count: "take another look at your review", "updating what you've written", "write about us again",
/// "once your review reflects what happened", "look after you on your next visit".
///
/// Redress with no review condition ("We've refunded the double charge") is not an incentive (P9),
/// nor is an offer that says the review does not matter ("no need to change your review"), nor a
/// refusal ("we can't offer a refund in exchange for removing a review"). Redress already given
/// ("We've refunded you in full, and we hope you'll update your review") is not an exchange unless
/// a condition in its own sentence or an explicit "in exchange" / "in return" ties it to the review.
enum ReviewIncentiveCheck {
    static let value = PhraseSet([
        "discount|discounts|discounted|voucher|vouchers|coupon|coupons|refund|refunds|refunded|refunding|refundable",
        "reimburse|reimbursed|reimbursing|reimbursement|compensate|compensated|compensating|compensation",
        "rebate|rebates|cashback|cash|money|gift|gifts|gifted|giftcard|giftcards|credit|credits|credited",
        "upgrade|upgrades|upgraded|complimentary|comp|comped|comping|freebie|freebies|perk|perks|bonus",
        "reward|rewards|rewarded|prize|prizes|promo|promotional|giveaway|incentive|incentives|sweetener",
        "free",
        "on the house",
        "on us",
        "loyalty|reward|rewards|bonus|extra|double points",
        "pay|paying ?for you|your",
        "buy|treat ~1 you",
        "dollars|pounds|euros|quid|bucks",
        "off your|the ?next bill|order|stay|meal|visit|purchase|booking|total",
        "money back",
        "make|making it up to you",
        "worth your while",
        "a little something",
        "something special|extra",
        "no|zero charge|cost",
        "waive|waived|waiving|waiver",
        "extra|additional|bonus night|nights|discount|points",
        // Being looked after: "we'd be happy to look after you on your next visit".
        "look|looking|take|taking ~1 after|care ?of you",
        "as our guest|guests",
        // Money kept or work done for nothing: "your deposit is yours to keep", "for nothing".
        "yours to keep",
        "keep ~1 the|your deposit|money|change|refund",
        "for nothing",
    ])

    /// Strong review-changing verbs: the object may come a few words later.
    static let strongVerbs = "remove|removing|removed|delete|deleting|deleted|withdraw|withdrawing|withdrawn|retract|retracting|retracted|change|changing|changed|update|updating|updated|edit|editing|edited|amend|amending|amended|revise|revising|revised|modify|modifying|modified|rewrite|rewriting|rewritten|alter|altering|altered|adjust|adjusting|adjusted|erase|erasing|redo"
    /// Weaker verbs: the object must come right after.
    static let weakVerbs = "improve|improving|raise|raising|increase|increasing|bump|bumping|upgrade|upgrading|reconsider|reconsidering|revisit|revisiting|fix|fixing|correct|correcting|reassess|reassessing|rethink|rethinking|boost|boosting|lift|lifting|reevaluate|re-evaluate|soften|softening|tone|toning"
    static let objects = "review|reviews|rating|ratings|stars|star|post|comment|comments|feedback|score|evaluation|testimonial|write-up|one-star|1-star|verdict"
    static let participles = "removed|deleted|withdrawn|retracted|changed|updated|edited|amended|revised|modified|taken|gone|down|corrected|adjusted|raised|improved|rewritten|altered|erased"

    static let action = PhraseSet([
        "\(strongVerbs) ~3 \(objects)",
        "\(weakVerbs) ~2 \(objects)",
        "take|taking|took|taken|pull|pulling|pulled|bring|bringing ~2 down",
        "bump|bumping|bumped|knock|knocking|push|pushing|nudge|nudging|move|moving ~5 star|stars|rating|ratings|review|score",
        "revised|updated|amended|edited|corrected|improved|changed|better|positive|higher|glowing|kinder|fairer|favourable|favorable ~1 review|reviews|rating|ratings|stars",
        "\(objects) ~3 \(participles)",
        "leave|leaving|give|giving|write|writing|post|posting|submit|submitting|rate|rating|pop|popping|put|putting ~3 positive|better|good|great|glowing|nice|kinder|kind|fair|fairer|5|five|4|four|higher|new|another|fresh|second|revised|updated|happier|more ~2 review|reviews|rating|ratings|stars|star|feedback|one",
        "rate|review us ~1 higher|again|better",
        "next|new|updated|future|second review|rating|reviews|ratings ~3 better|higher|positive|reflect|reflects|kinder|improve|improves",
        "unpost|un-post|unpublish",
        // A changed mind about the review: "maybe you'll feel differently about your review".
        "feel|think|look|see ~2 differently|better|again ~1 about|at|on ~2 \(objects)",
        // What was written, as the thing to change: "updating what you've written here".
        "\(strongVerbs) ~1 what you|you've|you+have ~1 written|wrote|said|posted|put|shared",
        // A second look or a second go: "take another look at your review", "write about us again".
        "take|taking|have|having|give|giving another|a+second|a+fresh|fresh ?look at ~2 \(objects)",
        "review|write|writing|rate|rating|post|posting ~2 us|about ~1 us|it again|afresh|anew",
        "with fresh eyes",
        "few|couple|some|extra|more|few+more|couple+more|extra ~1 more|extra stars|star",
        // The review itself made to say something else: "once your review reflects what really happened".
        "your \(objects) ~2 reflects|reflect|matches|match|says|tells|shows",
    ])

    /// Words allowed between a negation and the review action: "no need to", "we're not asking you to".
    static let negationFillers: Set<String> = [
        "need", "to", "have", "asking", "ask", "you", "expect", "expecting", "required", "obliged", "obligated",
        "requiring", "want", "we", "i", "are", "is", "do", "any", "obligation", "pressure", "pressuring",
        "necessary", "must", "should", "feel", "request", "requesting", "in", "exchange", "return", "for",
        "condition", "conditional", "on", "your", "this", "it",
    ]

    /// Sentence-wide words that say the offer does not depend on the review.
    static let unconditional = PhraseSet([
        "regardless|irrespective|whatever",
        "whether or not",
        "whether ~4 or not",
        "no strings",
        "nothing to do with",
        "not|isn't|aren't|never ~2 conditional|tied|linked|dependent|depend|contingent",
    ])

    /// Conditions that keep a refusal an incentive: "you won't get a refund unless you remove it".
    static let conditions: Set<String> = ["unless", "until"]

    /// Words that tie an offer in one sentence to a review change in the next.
    static let links = PhraseSet([
        "if|once|when|whenever|after|provided|providing|unless|until|upon",
        "in exchange|return|turn",
        "as long|soon as",
        "so long as",
        "all we ask|want",
        "we|i just|only|simply ~1 ask",
        "we|i|we'd|i'd|we'll|i'll ?just|only|simply|would|will ~1 need|require|want|ask ~1 you",
        "we'd|i'd ~1 ask",
        "in order to",
        "for that",
        "as a thank|thanks",
        "to thank you",
        "please",
        // "Then maybe you'll feel differently about your review": the offer comes first.
        "then ?maybe|perhaps|hopefully",
        "would|could|can|will you",
        "consider|considering",
        "hope|hoping ~1 you|you'll|you'd",
        // Nudges: "a few more stars wouldn't hurt", "an update would be appreciated".
        "wouldn't|won't|would+not|will+not ~1 hurt|go+amiss",
        "would|will be ~1 appreciated|welcome|nice|lovely",
        "we'd|i'd|we|i ?would ~1 appreciate|love|like|ask|be",
    ])

    static func spans(in text: ReplyText) -> [CheckSpan] {
        var out: [CheckSpan] = []
        let ss = text.sentences
        var value: [Value] = [], hasAction: [Bool] = []
        for s in ss {
            value.append(offersValue(s, text))
            let previous = s.index > 0 ? ss[s.index - 1].words : []
            let aboutReview = ReplyLexicon.has(s.words, reviewNouns) || ReplyLexicon.has(previous, reviewNouns)
            // "If you retract this, we'll refund you": an offer in the same sentence makes "this" the review.
            let offersHere = value.last != Value.none && s.words.contains { conditions.contains($0.norm) || ["if", "once", "when", "first", "then", "and", "otherwise"].contains($0.norm) }
            hasAction.append(asksReviewChange(s) || ((aboutReview || offersHere) && asksRemovalOfIt(s)))
        }
        // An offer is tied to the review by any link ("if", "please", "would you"); redress already
        // given ("We've refunded you") is tied by a condition in its own sentence, or by "in exchange" anywhere.
        func tied(_ at: Int, _ sentences: [Int]) -> Bool {
            switch value[at] {
            case .none: return false
            case .offered: return sentences.contains { links.contains(in: ss[$0].words) }
            case .done:
                return conditionLinks.contains(in: ss[at].words) || sentences.contains { exchange.contains(in: ss[$0].words) }
            }
        }
        func alone(_ i: Int) -> Bool {
            hasAction[i] && (value[i] == .offered || tied(i, [i]))
        }
        var i = 0
        while i < ss.count {
            if alone(i) {
                out.append(CheckSpan(.reviewIncentive, text, sentence: i))
                i += 1
                continue
            }
            if i + 1 < ss.count, !alone(i + 1),
               (hasAction[i + 1] && tied(i, [i, i + 1])) || (hasAction[i] && tied(i + 1, [i, i + 1])) {
                out.append(CheckSpan(.reviewIncentive, text, sentences: i, through: i + 1))
                i += 2
                continue
            }
            i += 1
        }
        return out
    }

    /// Whether a sentence offers something of value, or reports redress already given.
    enum Value: Sendable { case none, done, offered }

    /// Conditions strong enough to tie even redress already given to the review.
    static let conditionLinks = PhraseSet([
        "if|once|whenever|provided|providing|unless|until|upon",
        "in exchange|return",
        "as long|soon as",
        "so long as",
        "on condition",
    ])

    /// An explicit exchange.
    static let exchange = PhraseSet(["in exchange|return", "as a trade", "quid pro quo"])

    /// Words before a value word that report it as done: "we've sent you a voucher", "refund was processed".
    static let doneMarkers: Set<String> = [
        "issued", "processed", "sent", "applied", "arranged", "given", "paid", "made", "credited", "refunded",
        "added", "posted", "emailed", "mailed", "already", "been", "was", "were",
    ]
    static let doneParticiples: Set<String> = [
        "refunded", "credited", "reimbursed", "compensated", "comped", "waived", "upgraded", "gifted", "discounted",
    ]

    private static func isDone(_ w: [ReplyWord], _ index: Int) -> Bool {
        let word = w[index].norm
        let lo = max(0, index - 4)
        let before = w[lo..<index]
        if doneParticiples.contains(word) {
            return before.contains { ["have", "has", "had", "we've", "i've", "been", "was", "were", "already", "we", "i"].contains($0.norm) }
        }
        if before.contains(where: { doneMarkers.contains($0.norm) }) { return true }
        // "A refund has been issued", "the credit was applied".
        let after = w[(index + 1)..<min(w.count, index + 4)]
        return after.contains { ["been", "was", "were", "issued", "processed", "applied", "sent"].contains($0.norm) }
    }

    static func offersValue(_ s: ReplySentence, _ text: ReplyText) -> Value {
        let w = s.words
        let conditional = w.contains { conditions.contains($0.norm) }
        var result = Value.none
        for m in value.matches(in: w) {
            let word = w[m.start].norm
            let next = m.start + 1 < w.count ? w[m.start + 1].norm : ""
            let prev = m.start > 0 ? w[m.start - 1].norm : ""
            let prevTok = m.start > 0 ? text.tokens[w[m.start].token - 1] : nil
            switch word {
            case "free":
                // "feel free to", "free of charge" is value, "gluten-free" and "free to call" are not.
                if prev == "feel" || next == "to" || next == "from" || next == "time" { continue }
                if let p = prevTok, p.norm == "-" || p.norm == "\u{2011}" { continue }
            case "credit":
                // "credit card", "a credit to the team", "credit where it's due".
                if ["card", "cards", "check", "to", "where", "for"].contains(next) { continue }
            case "money":
                if prev == "for" || prev == "of" { continue }
            case "cash":
                if next == "only" || next == "register" || next == "desk" { continue }
            case "upgrade", "upgrades", "upgraded":
                let ahead = w[(m.start + 1)..<min(w.count, m.start + 3)]
                if ahead.contains(where: { ["review", "rating", "stars", "star", "score"].contains($0.norm) }) { continue }
            case "gift":
                if next == "shop" { continue }
            case "bonus":
                if next == "points" { break }
            default: break
            }
            if !conditional && ReplyLexicon.negated(w, before: m.start, window: 4) { continue }
            if isDone(w, m.start) { result = .done; continue }
            return .offered
        }
        // Money amounts: "$20", "£10", "20% off".
        for k in s.tokenRange {
            let t = text.tokens[k]
            if ["$", "\u{00A3}", "\u{20AC}", "\u{00A5}"].contains(t.norm), k + 1 < s.tokenRange.upperBound,
               text.tokens[k + 1].digitCount > 0 {
                if !conditional && negatedToken(k, s, text) { continue }
                return .offered
            }
            if t.norm == "%", k + 1 < s.tokenRange.upperBound, text.tokens[k + 1].norm == "off" {
                if !conditional && negatedToken(k, s, text) { continue }
                return .offered
            }
        }
        return result
    }

    private static func negatedToken(_ k: Int, _ s: ReplySentence, _ text: ReplyText) -> Bool {
        guard let idx = s.words.firstIndex(where: { $0.token > k }) else { return false }
        return ReplyLexicon.negated(s.words, before: idx, window: 4)
    }

    static let reviewNouns: Set<String> = ["review", "reviews", "rating", "ratings", "post", "comment", "comments", "stars", "feedback"]

    /// "Remove it", "if you delete this": a removal asked of the customer, with "it" the review.
    static let removeIt = PhraseSet([
        "remove|removed|delete|deleted|withdraw|withdrew|retract|retracted|erase|erased|unpost|unpublish ?it|this|that|them ?down",
    ])

    static func asksRemovalOfIt(_ s: ReplySentence) -> Bool {
        let w = s.words
        for m in removeIt.matches(in: w) where m.end - m.start >= 2 {
            // Asked of the customer: an imperative at the start of a clause, or "you" just before.
            if m.start == 0 || w[m.start].breakBefore || ["and", "just", "please", "simply"].contains(w[m.start - 1].norm) {
                if !negatedAction(w, at: m.start) { return true }
                continue
            }
            let lo = max(0, m.start - 3)
            if w[lo..<m.start].contains(where: { ["you", "you'll", "you'd", "you've"].contains($0.norm) }),
               !negatedAction(w, at: m.start) {
                return true
            }
        }
        return false
    }

    static func asksReviewChange(_ s: ReplySentence) -> Bool {
        let w = s.words
        if unconditional.contains(in: w) { return false }
        for m in action.matches(in: w) {
            let obj = m.end - 1
            // "our review process", "update our rating system": not the customer's review.
            if m.end < w.count, ["process", "processes", "procedure", "procedures", "system", "systems", "policy",
                                 "policies", "team", "board", "site", "sites", "platform", "page", "pages"].contains(w[m.end].norm) {
                continue
            }
            if obj > 0, ["our", "my"].contains(w[obj - 1].norm) { continue }
            if negatedAction(w, at: m.start) { continue }
            // "We'll update you on your feedback": the customer is told, not asked.
            if m.start + 1 < w.count, w[m.start + 1].norm == "you" { continue }
            // "Thank you for updating your review": a thing already done, not asked for.
            let verb = w[m.start].norm
            let lo = max(0, m.start - 4)
            if verb.hasSuffix("ing") || verb.hasSuffix("ed"),
               w[lo..<m.start].contains(where: { ["thank", "thanks", "thanking", "grateful", "appreciate"].contains($0.norm) }) {
                continue
            }
            return true
        }
        return false
    }

    /// "no need to change your review", "we're not asking you to remove it".
    private static func negatedAction(_ w: [ReplyWord], at index: Int) -> Bool {
        var k = index
        var steps = 0
        while k > 0 && steps < 7 {
            if w[k].breakBefore { return false }
            k -= 1
            steps += 1
            let n = w[k].norm
            if ReplyLexicon.negations.contains(n) { return true }
            if !negationFillers.contains(n) { return false }
        }
        return false
    }
}
