import CoachText

/// The patterns of the demand grammar, over the lexicon's concepts.
struct DemandPatterns {
    /// An action on reviews: "post a one-star review", "take down the review", "the review comes
    /// down", "it stays up", "this review is going on Google".
    let reviewActs: [TextPattern]
    /// A review that goes away or gets better: the business's side of an exchange.
    let improvements: [TextPattern]
    /// A request for value or a service: "send me $250", "if you pay", "unless you refund", "Refund me", "contact me".
    let asks: [TextPattern]
    /// Value named bare as a sentence of its own: "Full refund.", "Money back."
    let bareValue: TextPattern
    /// A condition on "it" or on value: "once it arrives", "the day it lands", "when I get my refund".
    let conditionOnIt: TextPattern
    /// Value offered in exchange for the review going away: "a couple of comped dinners would make it go away".
    let exchange: [TextPattern]
    /// The writer going on or raising the price: "I'll keep doing it", "I'll increase the amount".
    let escalation: TextPattern
    /// A condition with the business after it: "until I get the loan from you", "till you pay".
    let untilYou: TextPattern
    /// A count of more: "40 more", "5 more".
    let sumOrCount: TextPattern
    /// A rating as the alternative: "or a 1 star", "or two stars".
    let ratingAfterOr: TextPattern
    /// Posting more of them: "post more one star", "leave another review".
    let repeatAct: TextPattern
    /// A payment channel: "Google Play gift card", "USDT", "PayPal".
    let channel: TextPattern
    /// A bad review named: "negative feedback", "one-star reviews", "posted bad reviews".
    let badReviews: [TextPattern]
    /// A count of reviews: "35 negative reviews", "20 reviews".
    let reviewCount: TextPattern
    /// A count of reviews in digits or many: "35 negative reviews", "dozens of reviews".
    let manyReviews: TextPattern
    /// A number of reviews: "20 reviews", "35 negative", "30 bad reviews".
    let numberOfReviews: TextPattern
    /// Someone ordered or paid to post reviews: "someone ordered me", "I have been paid to".
    let ordered: TextPattern
    /// Someone ordered or paid to act against the business on a platform: "someone paid me to
    /// do this and cancel you off of Google".
    let orderedAgainst: TextPattern

    /// The patterns over the shipped lexicon, built once.
    static let shipped = DemandPatterns(.shipped)

    init(_ v: Vocabulary) {
        typealias S = TextPattern.Slot
        let object = [v.reviewObject, v.platform, v.audience]
        let pointer = [v.reviewObject, v.reference]
        improvements = [
            TextPattern([S([v.removal], polarity: .open), S(pointer + [v.demonstrative], gap: 2)]),
            // "this review comes down", "have this review deleted" (a passive past form is no past event)
            TextPattern([S(pointer + [v.demonstrative]), S([v.removal], gap: 4, polarity: .affirmed)]),
            // "£300 into the account below and they disappear"
            TextPattern([S([v.promiseLink]), S([v.removal], gap: 1, polarity: .open)]),
            // "you get your stars back", "a refund gets you a revised review"
            TextPattern([S([v.earns], polarity: .open), S([v.reviewObject], gap: 4)]),
        ]
        reviewActs = improvements + [
            TextPattern([S([v.reviewAction]), S(object, gap: 5)]),
            TextPattern([S(pointer + [v.demonstrative]), S([v.persistence], gap: 3)]),
            TextPattern([S([v.audience, v.platform]), S([v.exposure], gap: 4)]),
            // "I'm going to the papers"
            TextPattern([S([v.exposure], polarity: .open), S([v.audience], gap: 1)]),
            TextPattern([S([v.reviewObject]), S([v.platform], gap: 4)]),
            // "the video goes on TikTok", "it stays on Google"
            TextPattern([S([v.persistence], polarity: .open), S([v.platform], gap: 2)]),
            // "or I put this on Tripadvisor" (not "I found it on Google": a past verb before it)
            TextPattern([S([v.demonstrative, v.reference, v.photo], polarity: .open), S([v.platform], gap: 3)]),
            // "I won't remove this until ...": the review kept up
            TextPattern([S([v.removal], polarity: .negated), S(pointer + [v.demonstrative], gap: 2)]),
            // "Credit my account and this review goes": the review right after a promise link
            TextPattern([S([v.promiseLink], polarity: .open), S([v.reviewObject], gap: 1)]),
            // "I'm going public", "I'll blast you on social media"
            TextPattern([S([v.goPublic], polarity: .open)]),
            // "Refund or bad review": the alternative is a bad review
            TextPattern([S([v.orLink]), S([v.badRating], gap: 2), S([v.reviewObject], gap: 1)]),
            // "more one-stars", "another bad review"
            TextPattern([S([v.more], polarity: .open), S([v.badRating])]),
        ]
        let valuable = [v.value, v.paymentChannel, v.payment]
        asks = [
            TextPattern([S([v.payment], polarity: .open)]),
            TextPattern([S([v.serviceRequest], polarity: .open)]),
            TextPattern([S([v.request], polarity: .affirmed), S(valuable, gap: 6, polarity: .affirmed)]),
            // "if I'm not refunded", "till I see my £200 back": a condition on value, either way round
            TextPattern([S([v.condition]), S(valuable, gap: 7)], scope: .clause),
            TextPattern([S([v.condition]), S([v.request], gap: 3, polarity: .affirmed), S(valuable, gap: 4)], scope: .clause),
            TextPattern([S([v.condition, v.orLink]), S([v.secondPerson], gap: 1), S([v.valueVerb], gap: 1, polarity: .open)], scope: .clause),
            // "you'll refund my money", "you pay me back": the business paying the writer
            TextPattern([S([v.secondPerson]), S([v.valueVerb], gap: 1, polarity: .open), S([v.firstPerson, v.firstPossessive], gap: 1)], scope: .clause),
            // "if I don't hear back today": a service not given, under a condition (not "if they ever call me back")
            TextPattern([S([v.condition], polarity: .affirmed), S([v.serviceRequest], gap: 4, polarity: .negated)], scope: .clause),
            // "You have 48 hours to comp our meal", "Giving you till Friday to replace the tiles"
            TextPattern([S([v.secondPerson]), S([v.condition, v.deadline], gap: 3), S([v.valueVerb, v.value], gap: 7, polarity: .open)], scope: .clause),
            // "Would you consider a full refund?", "could you comp the room"
            TextPattern([S([v.counterfactual]), S([v.secondPerson]), S(valuable + [v.valueVerb], gap: 3, polarity: .open)], scope: .clause),
            // "You don't pay, the photos go on Google": the business's refusal as the condition
            TextPattern([S([v.secondPerson], opensSentence: true), S([v.valueVerb], gap: 2, polarity: .negatedPresent)], scope: .clause),
            // "after you discount", "once refunded"
            TextPattern([S([v.condition], polarity: .affirmed), S([v.valueVerb], polarity: .open)], scope: .clause),
            // "still waiting on my $80", "still no refund": value the writer lacks
            TextPattern([S([v.awaiting]), S(valuable, gap: 4)], scope: .clause),
            TextPattern([S([v.valueVerb, v.request], polarity: .open, opensSentence: true), S(valuable + [v.reference], gap: 6)], scope: .clause),
            TextPattern([S([v.valueVerb], polarity: .open, opensSentence: true)], scope: .clause),
            // "Free massage package or the review stays": value named bare, then the alternative
            TextPattern([S([v.value], polarity: .open, opensSentence: true), S([v.orLink], gap: 3)]),
        ]
        conditionOnIt = TextPattern([S([v.condition]), S(valuable + [v.reference], gap: 3)], scope: .clause)
        bareValue = TextPattern([S([v.value], polarity: .open, opensSentence: true)])
        exchange = [
            TextPattern([S(valuable, polarity: .affirmed), S(pointer, gap: 8), S([v.removal], gap: 3, polarity: .open)]),
            // "a voucher would persuade me to delete this", "a gesture of goodwill might change my mind"
            TextPattern([S(valuable, polarity: .affirmed), S([v.removal], gap: 8, polarity: .open), S(pointer + [v.demonstrative], gap: 2)], scope: .clause),
            // "I'd take this review down for a full refund"
            TextPattern([S([v.removal], polarity: .open), S(pointer + [v.demonstrative], gap: 2), S([v.value], gap: 5, polarity: .affirmed)], scope: .clause),
            // "a free dessert would earn you an extra star"
            // "a refund of the deposit would go a long way towards this review being taken down"
            TextPattern([S(valuable, polarity: .affirmed), S([v.earns], gap: 6, polarity: .open), S([v.reviewObject, v.removal], gap: 4)], scope: .clause),
        ]
        escalation = TextPattern([S([v.firstPerson]), S([v.escalation], gap: 3, polarity: .open)], scope: .clause)
        untilYou = TextPattern([S([v.condition]), S([v.secondPerson], gap: 6)], scope: .clause)
        sumOrCount = TextPattern([S([v.count]), S([v.more])])
        ratingAfterOr = TextPattern([S([v.orLink]), S([v.count], gap: 2), S([v.reviewObject])])
        repeatAct = TextPattern([S([v.reviewAction], polarity: .open), S([v.more], gap: 2), S([v.badRating], gap: 2)])
        channel = TextPattern([S([v.paymentChannel], polarity: .affirmed)])
        reviewCount = TextPattern([S([v.count, v.more]), S([v.badRating, v.reviewObject], gap: 2)])
        numberOfReviews = TextPattern([S([v.count]), S([v.badRating, v.reviewObject], gap: 1)])
        manyReviews = TextPattern([S([v.count]), S([v.badRating], gap: 1), S([v.reviewObject], gap: 2)])
        badReviews = [TextPattern([S([v.badRating]), S([v.reviewObject], gap: 4)]), reviewCount]
        ordered = TextPattern([S([v.order])])
        orderedAgainst = TextPattern([S([v.order], polarity: .affirmed), S([v.secondPerson], gap: 8), S([v.platform], gap: 4)])
    }
}
