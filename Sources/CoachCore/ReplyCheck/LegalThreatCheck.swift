/// `legal_threat` (P6): legal vocabulary aimed at the reviewer: lawyers, suing, defamation, court,
/// cease and desist. Plain mentions of obeying the law ("we follow the law on allergens", "we are
/// legally required to check ID") are not threats, nor is "food court" or a place called "... Court".
/// A cue directly negated ("we would never sue") is not a threat, but "we won't hesitate to sue" and
/// "we won't rule out legal action" are. "Illegal", "unlawful" or "a criminal offence" count when the
/// sentence is about the review ("posting false reviews is a criminal offence").
/// Soft threats count too: "our solicitors have been made aware", "we reserve the right to take
/// further action", "a civil matter", "seeking compensation", "there are laws against this", and an
/// ultimatum over the review ("if this review is not removed we will take action"). The soft cues need
/// a lawyer, the law or the review in the same sentence: "the manager has been made aware" is fine.
enum LegalThreatCheck {
    static let cues = PhraseSet([
        "lawyer|lawyers|lawyer's|attorney|attorneys|attorney's|solicitor|solicitors|solicitor's|barrister|barristers",
        "litigation|litigate|litigating|litigious|lawsuit|lawsuits|defamation|defamatory|defame|defamed|defaming",
        "libel*|libellous|libelous|slander*",
        "sue|suing|sued|sues",
        "legal|legally action|actions|proceedings|proceeding|steps|step|measures|route|recourse|advice|advisor|advisers|advisors|adviser|team|department|dept|counsel|representative|representatives|representation|options|option|matter|letter|notice|consequences|remedies|remedy|redress|channels|avenues|firm|case|claim|claims|people|experts|professionals|dispute|challenge|process|services",
        "legal|legally ~1 pursue|pursuing|further|involved",
        "pursue|pursuing|pursued|take|taking ~3 legally",
        "law firm|firms|enforcement",
        "court|courts|tribunal",
        "cease and|& desist",
        "small claims",
        "press|pressing charges",
        "file|filing|filed ~2 charges|lawsuit|suit",
        "report|reported|reporting|contact|contacted|contacting|involve|involving|involved|inform|informed|notify|notified|call|called|pass|passed|passing|hand|handed|forward|forwarded|send|sent|give|given|go|goes|going|went|straight|take|taking|took ~4 police|authorities",
        "subpoena*|injunction*|prosecute|prosecuted|prosecution|prosecuting|actionable",
        "our|my counsel",
        "seek|seeking|claim|claiming|pursue|pursuing|recover|recovering ~1 damages",
        "you|you'll|you're|you'd ~3 liable",
        "hear|heard from ~2 lawyer*|solicitor*|attorney*|legal",
        // Soft threats: the reviewer is told something is being prepared against them.
        "reserve|reserves|reserving ~1 the|our|all ~1 right|rights",
        "take|taking|took|escalate|escalating ~2 matter|matters|this|it ~1 further",
        "decide|decides|choose|chooses|elect ~2 to proceed",
        "civil|criminal matter|claim|case|action|offence|offense|complaint|liability",
        "legal ones|route|routes",
        "we|i|we'll|i'll|we're|i'm|we've|i've ~3 seek|seeking|claim|claiming|recover|recovering|recoup|recouping ~2 damages|compensation|losses|costs",
        "made|been|are|is ~1 aware|informed|notified|advised|instructed",
        "taken|taking|sought|seeking|obtained ~1 legal|professional ?legal advice",
        "land|landing|get|getting|put|putting you ~1 in|into ~2 trouble|bother",
        "no choice|option|alternative but to",
        "laws|law|legislation against|about|on|covering|protecting ~2 this|that|defamation|false|such|these|businesses|reviews",
    ])

    /// A review that must come down, or else: "if this review is not removed we will take action".
    static let removalDemand = PhraseSet([
        "remove|removed|delete|deleted|withdraw|withdrawn|retract|retracted|take|taken ~2 it|this|review|post|comments|down",
        "review|post|comment|comments ~3 removed|deleted|withdrawn|retracted|down",
    ])
    static let ultimatum: Set<String> = ["if", "unless", "otherwise", "or", "until", "within"]
    static let consequence: Set<String> = [
        "action", "steps", "measures", "proceed", "pursue", "escalate", "further", "consequences", "report", "choice",
        "solicitor", "solicitors", "lawyer", "lawyers", "touch", "hear",
    ]

    /// Words that make "illegal", "unlawful" or "against the law" point at the review.
    static let reviewWords: Set<String> = [
        "review", "reviews", "post", "posting", "posted", "comment", "comments", "claims", "allegations",
        "accusations", "statement", "statements", "lies", "false", "fake", "defamatory", "slanderous", "libellous",
        "untrue", "posting", "publishing", "writing",
    ]

    /// Words that aim a report to the police at the reviewer.
    static let aimedAtReviewer: Set<String> = [
        "you", "your", "review", "reviews", "post", "comment", "comments", "reviewer", "claims", "lies", "this", "them",
    ]

    /// Consequences or every means promised, judged only in a sentence about the review.
    static let veiled = PhraseSet([
        "have|has|face|facing|carry|carries|bring|brings|had ~1 consequences|repercussions",
        "every|all|any ~1 means|avenue|avenues|option|options|remedy|remedies|measure|measures ~1 available|necessary|possible|open",
    ])

    static let illegal = PhraseSet(["illegal|unlawful|criminal|crime|offence|offense|fraudulent", "against the law"])

    static let courtSports: Set<String> = [
        "food", "tennis", "basketball", "squash", "badminton", "netball", "volleyball", "padel", "pickleball",
        "hampton", "royal",
    ]

    /// Words that turn a negation back into a threat: "won't hesitate to", "won't rule out", "don't make us".
    static let unnegate: Set<String> = [
        "hesitate", "rule", "ruling", "ruled", "exclude", "excluding", "afraid", "until", "unless", "make", "force",
        "forced", "push", "want", "wish", "like", "option", "choice", "alternative", "removed", "deleted", "withdrawn",
        "retracted",
    ]

    static let modalsBeforeSue: Set<String> = [
        "will", "to", "we", "i", "may", "might", "could", "can", "shall", "would", "should", "not", "and", "or", "we'll", "i'll",
    ]

    static func spans(in text: ReplyText) -> [CheckSpan] {
        var out: [CheckSpan] = []
        for s in text.sentences where isThreat(s, text) {
            out.append(CheckSpan(.legalThreat, text, sentence: s.index))
        }
        return out
    }

    /// Cues that only threaten when something legal or the review is in the same sentence:
    /// "our solicitors have been made aware", but not "the manager has been made aware".
    static let needsLegalContext: Set<String> = ["made", "been", "are", "is", "taken", "taking", "sought", "seeking", "obtained", "decide", "decides", "choose", "chooses", "elect", "take", "took", "escalate", "escalating", "reserve", "reserves", "reserving"]

    /// Words that make a soft cue legal: the people and papers of a dispute, or the review itself.
    static let legalContext: Set<String> = [
        "solicitor", "solicitors", "lawyer", "lawyers", "attorney", "attorneys", "legal", "legally", "insurers",
        "insurer", "advisers", "advisors", "counsel", "action", "screenshots", "evidence", "defamatory", "false",
        "untrue", "allegations", "claims", "statements", "review", "post", "comments", "lies", "libel", "within",
        "days", "further", "professional",
    ]

    static func isThreat(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let w = s.words
        for m in cues.matches(in: w) where accept(m, w, text) {
            if needsLegalContext.contains(w[m.start].norm) {
                let others = w[..<m.start].map(\.norm) + w[m.end...].map(\.norm)
                guard others.contains(where: { legalContext.contains($0) }) else { continue }
                // "It was made aware to the kitchen"/"the team is aware": a professional person must be named
                // for the awareness cues.
                if ["made", "been", "are", "is"].contains(w[m.start].norm),
                   !others.contains(where: { ["solicitor", "solicitors", "lawyer", "lawyers", "attorney", "attorneys", "legal", "insurers", "insurer", "counsel", "advisers", "advisors"].contains($0) }) {
                    continue
                }
            }
            // Reporting a break-in to the police is not a threat; reporting the reviewer is.
            let last = w[m.end - 1].norm
            if last == "police" || last == "authorities", !ReplyLexicon.has(w, aimedAtReviewer) { continue }
            return true
        }
        if ReplyLexicon.has(w, reviewWords), illegal.contains(in: w) { return true }
        // A veiled threat over the review: "posting things like this can have consequences".
        if ReplyLexicon.has(w, reviewWords), veiled.contains(in: w) { return true }
        // An ultimatum over the review: intimidation to get it removed (16 CFR 465.7).
        if ReplyLexicon.has(w, ultimatum), ReplyLexicon.has(w, consequence), removalDemand.contains(in: w) { return true }
        return false
    }

    private static func accept(_ m: PhraseMatch, _ w: [ReplyWord], _ text: ReplyText) -> Bool {
        let first = w[m.start]
        let tok = text.tokens[first.token]
        switch first.norm {
        case "court", "courts":
            if m.start > 0 && courtSports.contains(w[m.start - 1].norm) { return false }
            // "Regency Court": a capitalised Court after a capitalised word is a place.
            // "Court Jensen", our manager: a capitalised Court next to another capitalised word is a name.
            if tok.isCapitalized && !tok.isAllCaps {
                if m.start > 0 && text.tokens[w[m.start - 1].token].isCapitalized && m.start - 1 > 0 { return false }
                if m.end < w.count && text.tokens[w[m.end].token].isCapitalized && !w[m.end].breakBefore { return false }
            }
        case "sue":
            if tok.isCapitalized && !tok.isAllCaps {
                guard m.start > 0, modalsBeforeSue.contains(w[m.start - 1].norm) else { return false }
            }
        default: break
        }
        // Directly negated: "we would never sue", "no legal action will be taken".
        if ReplyLexicon.negated(w, before: m.start, window: 7, stopAtConjunctions: true) {
            let lo = max(0, m.start - 8)
            if !w[lo..<m.start].contains(where: { unnegate.contains($0.norm) }) { return false }
        }
        return true
    }
}
