/// `blames_customer` (P4, P9): putting the fault on the customer: "you should have", "you failed
/// to", "had you read", "as stated on our website", "it's your responsibility", "you didn't follow",
/// "you chose to", "you were told", "you clearly didn't", "your own fault", "it says clearly",
/// "you were rude to my staff".
///
/// Polite blame counts too: a rule or document cited against the customer ("the label says hand wash
/// only", "our terms are displayed at the counter"), an expectation ("guests are expected to"), a
/// forfeit, "a quick look would have saved you the trip", "exactly what you ordered", an emphatic
/// "however, you did order...", and a duty the customer, as subject, did not do ("you booked and never
/// mentioned it").
///
/// Not blame: "you should have received an email from us", "you shouldn't have to wait", "I'm sorry
/// you were told the wrong time", "you didn't get the service you deserved", "our policy should have
/// been explained", "guests are expected to be treated with respect", or a rule in a sentence that
/// apologises, unless a "but" takes the apology back first.
enum BlamesCustomerCheck {
    static let adverbs = "?clearly|obviously|simply|just|really|probably|perhaps|maybe|definitely|certainly|actually|evidently|apparently|also|then"
    /// Verbs of a customer's omission: "you didn't read", "you never told us".
    static let omitted = "follow|read|check|tell|inform|mention|ask|book|call|specify|notify|let|bother|look|pay|say|show|arrive|turn|cancel|confirm|request|listen|understand|notice|provide|reserve|declare|advise|warn|wait|contact|raise|complain|speak|report|give|attend|reply|respond|answer|collect|register|bring|return|measure|wash|store|keep|read|comply|adhere|pre-order|preorder|specify|alert|phone|ring|email|message|flag|realise|realize|check-in|queue|told|mentioned|asked|called|informed|booked|contacted|raised|complained|said|paid|checked|followed|arrived|showed|turned|returned|replied|responded|notified|specified"
    /// Participles for "had you ...", "if you'd ...".
    static let done = "read|checked|followed|asked|told|booked|called|mentioned|listened|looked|informed|arrived|paid|bothered|taken|contacted|let|specified|notified|raised|spoken|waited|come|said|requested|reserved|confirmed|cancelled|canceled|declared|advised|warned|measured|washed|stored|used|given|brought|reported|complained|turned|shown|alerted|phoned|rung|emailed|messaged|flagged|pre-ordered|preordered|queued|checked-in|gone|made|tried"
    static let rules = "website|site|menu|menus|policy|policies|terms|conditions|page|listing|booking|confirmation|sign|signs|signage|t&cs|t&c|contract|agreement|description|label|labels|instructions|packaging|rules|faq|faqs|form|ticket|receipt|invoice|door|entrance|wall|app|brochure|leaflet|voucher|tag|care"

    /// Kinds of blame phrase that need a second look.
    enum Kind: Sendable {
        case plain, omission, citesRule, shouldHave, couldHave, shouldntHave, wereTold, mistake, clearlyStated
        /// A rule, a document or an expectation set against the customer, with nobody owning a failure:
        /// "the label says hand wash only", "guests are expected to", "late arrivals forfeit the table".
        case rule
        /// "However, you did order at peak time": an emphatic "did" that argues back.
        case emphaticDid
        /// A negated duty whose subject, earlier in the sentence, is the customer: "You booked room 12
        /// and never once mentioned the shower".
        case omissionBySubject
        /// "You were given a map showing...": the customer had the information.
        case wereGiven
        /// A rule or document, judged like `rule`, but not when it reports our fix or a promise
        /// ("our website now shows", "we'll make exactly what you ordered").
        case document
        /// "A quick look at the sign would have saved you the trip": not when we are the ones who
        /// would have saved it ("a call from us would have saved you").
        case wouldHaveSaved
        /// Something the customer did, said of the customer: "after you'd spent forty minutes on your phone".
        case customerDid
        /// "You booked a standard room, not a suite": correcting the customer's account of their own order.
        case bookedNot
        /// "Had you attended your appointments": an inverted condition on something the customer did.
        case hadYou
        /// "You test drove the car and signed the paperwork": an agreement, the customer as subject.
        case agreedBySubject
        /// "Maybe read the requirements next time": advice opening a sentence not about us.
        case advice
        /// "Nobody else had any trouble following the instructor": others managed a task the customer
        /// failed at. "Nobody else had a problem with the food" doubts the complaint (hostile), not blame.
        case othersCoped

        /// A rule or a document cited: blame only when set against the customer, not when we tell it.
        var isPolicy: Bool {
            switch self {
            case .citesRule, .document, .clearlyStated: true
            default: false
            }
        }
    }

    static let table: [(Kind, String)] = [
        (.shouldHave, "you \(adverbs) should|ought ?to have|of _"),
        (.shouldHave, "you \(adverbs) should've _"),
        (.couldHave, "you \(adverbs) could|might have|of _"),
        (.couldHave, "you \(adverbs) could've|might've _"),
        (.shouldntHave, "you \(adverbs) shouldn't have _"),
        (.plain, "you \(adverbs) might|may ?want|wish|need to read|check|look|review|familiarise|familiarize"),
        (.plain, "you \(adverbs) failed|neglected|forgot|omitted|refused to"),
        (.omission, "you \(adverbs) didn't|never|hadn't|haven't|don't ?even|bother|bothered|actually|once|simply|ever ?to \(omitted)"),
        (.omission, "you \(adverbs) did|do|had|have not ?even|bother|actually|once|simply|ever ?to \(omitted)"),
        (.plain, "before|instead|rather ~2 posting|writing|leaving|reviewing|going|complaining|publishing ~2 review|reviews|online|publicly|comment|post"),
        (.plain, "instead+of|rather+than ~1 talking|speaking|contacting|coming|telling|asking|calling|raising|letting"),
        (.plain, "you \(adverbs) chose|opted|elected|insisted|declined ?not to|on"),
        (.plain, "you \(adverbs) agreed|accepted|signed ~1 to|our|the ~1 terms|conditions|policy|policies|contract|agreement|t&cs|rules"),
        (.plain, "which|that you ?all ~1 agreed|accepted|signed|consented"),
        (.citesRule, "as|which our|the \(rules) ~1 states|says|stated|explains|warns|clearly|plainly"),
        (.plain, "you \(adverbs) arrived|turned|showed|came|got ?up|in|here|there ~3 late"),
        (.plain, "you \(adverbs) were ~2 minutes|mins|hours|hour|min|minute ~1 late"),
        (.plain, "you \(adverbs) ignored|misread|misunderstood|misheard|misinterpreted|overlooked|disregarded|disobeyed|breached|violated"),
        (.plain, "you \(adverbs) must|may ?have misread|misunderstood|missed|overlooked|confused|mixed|forgotten|misheard|ignored|misinterpreted"),
        (.plain, "if you ?only had \(done)"),
        (.plain, "if you'd ?only \(done)"),
        (.citesRule, "as|which|like ?is|was|are|were|it's ?clearly|plainly|explicitly|prominently|already stated|written|displayed|advertised|specified|indicated|outlined|signposted|posted|printed|explained|detailed|listed|labelled|labeled|marked|shown|noted|mentioned ~3 \(rules)"),
        (.clearlyStated, "clearly|plainly|explicitly|prominently stated|states|state|says|said|displayed|marked|posted|signposted|written|printed|visible|labelled|labeled|indicated|advertised|listed|outlined|specified|signed|warned|mentioned"),
        (.clearlyStated, "states|says|said|displays|explains|warns|reads|stated|written|displayed|marked|labelled|labeled|explained|signposted|mentioned ~1 clearly|plainly|explicitly"),
        (.clearlyStated, "clearly|plainly ~1 is|are|was|were|being stated|written|displayed|marked|posted|signposted|printed|visible|explained|labelled|labeled|indicated|advertised|listed|outlined|specified"),
        (.plain, "your|customer's|customers'|guest's|guests'|client's|diner's|buyer's ?own responsibility|fault|mistake|error|doing|oversight|carelessness|negligence"),
        (.plain, "your own choice|decision"),
        (.plain, "responsibility|onus ~2 of|on|with|to you|yourself"),
        (.plain, "responsibility|onus ~2 of|on|with the customer|guest|guests|customers|client|diner|buyer|purchaser|passenger|passengers|patient|tenant"),
        (.plain, "up to you|guests|customers ~1 to \(omitted)|ensure|make"),
        (.plain, "up to the customer|guest|client ~1 to \(omitted)|ensure|make"),
        (.plain, "yourself|yourselves to blame"),
        (.plain, "blame|blamed yourself|yourselves"),
        (.plain, "on your part|end"),
        (.wereTold, "you \(adverbs) were|are ?being|already|clearly|obviously|also|repeatedly|previously|specifically|verbally|explicitly|personally|kindly|politely ?_ told|informed|warned|advised|notified|reminded|asked|shown|offered|instructed|cautioned"),
        (.mistake, "you \(adverbs) booked|ordered|chose|selected|picked|bought|entered|gave|typed|put|went|came|arrived|read ~3 wrong|incorrect"),
        (.mistake, "you're|you \(adverbs) are|were|must ?be ?simply|clearly|obviously|sadly|quite|completely|totally|mistakenly ?_ mistaken|confused|confusing|wrong|incorrect|misinformed|thinking"),
        (.mistake, "you're ?simply|clearly|obviously|sadly|quite|completely|totally mistaken|confused|confusing|wrong|incorrect|misinformed|thinking"),
        (.plain, "the|that mistake|error|fault|misunderstanding|confusion|problem was|is|lies ?entirely|all|totally|completely yours"),
        (.plain, "the|that mistake|error|fault|misunderstanding|confusion|problem was|is|lies ?entirely|all|totally|completely on|with your|you"),
        (.plain, "as we|i ?clearly told|informed|warned|advised|explained ~1 you"),
        (.plain, "you \(adverbs) were|are|arrived|turned|showed|came|got ?up|in|here|there ~1 late|rude|abusive|aggressive|drunk|intoxicated|shouting|yelling|screaming|disrespectful|unreasonable|impatient|belligerent|hostile|swearing|argumentative|confrontational|unpleasant|obnoxious"),
        (.plain, "you're|you've ?being|been ~1 rude|abusive|aggressive|drunk|intoxicated|disrespectful|unreasonable|impatient|belligerent|argumentative|confrontational|unpleasant|obnoxious"),
        (.plain, "your behaviour|behavior|attitude|rudeness|conduct|outburst|tantrum|aggression"),
        (.plain, "next time ~1 you should|must|need|ought"),
        (.plain, "you \(adverbs) chose|picked|selected|booked|bought|opted|went|paid ~2 cheapest|cheaper|basic|budget|economy|lowest|non-refundable|nonrefundable|cheap|smallest"),
        (.plain, "do your research|homework"),
        (.plain, "you \(adverbs) left|walked|ran|went ?out|off without paying|settling"),
        (.plain, "you actually|even read|check|checked|look|looked|listen|listened|follow|followed|bother|bothered"),
        (.plain, "you \(adverbs) need|have|must|ought ~1 to read|check|follow|understand|learn|realise|realize|accept|remember|appreciate"),
        // Rules and documents that speak against the customer.
        (.document, "\(rules) ~4 say|says|said|state|states|stated|explain|explains|explained|list|lists|listed|outline|outlines|outlined|specify|specifies|specified|mention|mentions|mentioned|warn|warns|warned|spell|spells|spelt|spelled"),
        (.rule, "guests|customers|clients|visitors|patrons|diners|patients|passengers|members|tenants|buyers|shoppers|everyone|you|you're ?all are|were|is|being ?all|always|clearly expected|required|obliged|supposed|asked|responsible|reminded"),
        (.rule, "your|customer's|customers'|guest's|guests'|client's|buyer's ?own job|duty|task|obligation|problem"),
        (.rule, "against|breaks|broke|breaking|breach|breaches|breaching|violates|violated|violating|contrary+to|contravenes|contravening ~2 the|our|house|site|campsite|hotel ~1 rules|rule|policy|policies|terms|regulations"),
        (.rule, "forfeit|forfeits|forfeited|lose|loses ~2 their|your|the|any table|booking|deposit|reservation|slot|place|spot|room"),
        (.rule, "next time ~4 wise|advisable|sensible|best|better|worth|smart|prudent ~1 to|if"),
        (.rule, "perhaps|maybe ~4 wise|advisable|sensible|prudent|smart"),
        (.wouldHaveSaved, "would|could have|would've|could've saved|avoided|prevented|spared ~2 you|yourself|the|this|all"),
        (.rule, "we|i ~2 only ~3 what|as ~2 ordered|asked|requested|booked|specified|chosen"),
        (.document, "exactly|precisely what|as you ~1 asked|ordered|requested|booked|wanted|chose|specified|paid|agreed"),
        (.rule, "you ~2 came|arrived|walked|turned|showed|got|rolled ~4 before|after ~1 closing|close|closed|last"),
        (.plain, "try|trying ?actually reading|listening|following|measuring|arriving|turning|showing"),
        (.emphaticDid, "you did order|book|choose|arrive|agree|sign|ask|say|request|pick|select|accept|leave|eat|drink|insist|decide|opt"),
        (.omissionBySubject, "didn't|never|hadn't|did+not|had+not ?once|even|bother|bothered|actually ?to \(omitted)"),
        (.document, "right|clearly|plainly|all there ~3 \(rules)"),
        (.document, "in black and white"),
        (.document, "\(rules) ~2 are|is|were|was ?clearly|prominently|plainly|all|always ~1 displayed|posted|shown|printed|listed|written|signposted|stated|visible"),
        (.rule, "to|from|on|with|by|using ~1 the|your ~1 measurements|details|information|sizes|specifications|instructions|address ~1 given|provided|supplied|you+gave|you+provided|you+supplied"),
        (.plain, "you ~2 walked|drove|went|strolled|marched|rushed ~1 straight|right past|by"),
        (.document, "\(rules)|photos|photo|pictures|images|video ~4 show|shows|showed|shown ~1 exactly|clearly|precisely|plainly"),
        (.plain, "most|other|all|every|everyone|everybody ?other ?of ?our ~1 customers|guests|people|diners|clients|visitors|shoppers|drivers|customer|guest|diner|client|visitor|patient|patients|member|members|driver|owner|owners|user|users ~3 manage|managed|manages|seem|seems|seemed|cope|coped|understand|understood|find|found|finds|follow|followed|follows"),
        // A price, sign or document said to be right: the mistake must have been the customer's.
        (.document, "\(rules)|price|prices|board|shelf|shelves|label|tag|tags|sign|quote|quotation|estimate ~4 was|were|is|are ?always|perfectly|completely|entirely|clearly|100% correct|accurate|right|clear|visible|legible|up+to+date"),
        // "The contract you signed", "the terms you agreed to".
        (.document, "\(rules)|quote|quotation|estimate|paperwork|waiver|disclaimer you ?all|had|have|already signed|agreed|accepted|initialled|ticked"),
        // "Exactly the colour shown in the photo".
        (.document, "exactly|precisely ~3 shown|pictured|described|advertised|listed|stated|photographed|displayed"),
        // "Had you attended your appointments, ...": an inverted condition, judged in `accept`.
        (.hadYou, "had you ?only|just|actually|bothered|even|ever ?to _"),
        // "You test drove it and signed the paperwork", "you agreed the quote": agreement held against them.
        (.agreedBySubject, "signed|initialled|approved|agreed|accepted|okayed|authorised|authorized ?to ~2 paperwork|contract|quote|quotation|form|terms|agreement|estimate|waiver|disclaimer|price|deposit|work|job|design|proof"),
        (.plain, "problem|issue|fault|error|mistake ~2 your end|side"),
        // Nobody else had trouble: "Nobody else in the class had any trouble following".
        (.othersCoped, "nobody|noone|no+one|none ~1 else|other|others ~4 had|has|have ~1 any|a ~1 trouble|problem|problems|issue|issues|difficulty|complaints"),
        // The damage done by the customer, in the passive: "the entrance was blocked by you".
        (.plain, "blocked|broken|damaged|caused|moved|removed|disturbed|unplugged|switched|misused|dropped|scratched|lost|forgotten|ignored|cancelled|canceled by you|yourself|yourselves"),
        // The information was handed over: "the aftercare instructions were handed to you".
        (.document, "\(rules)|information|leaflet|sheet|map|aftercare|advice ~3 was|were given|handed|sent|emailed|explained|provided ~1 to you"),
        // "Maybe read the requirements next time": advice opening a sentence that is not about us.
        (.advice, "maybe|perhaps ?try|just ?actually read|reading|turn|turning|show|showing|listen|listening|measure|measuring|arrive|arriving|follow|following|research|researching"),
        (.plain, "before judging|criticising|criticizing|slating|slagging|moaning|whinging"),
        (.customerDid, "spent|spending|sat|sitting ~4 on your|their|the phone|phones|mobile|laptop"),
        (.customerDid, "were|was on your|their phone|phones|mobile|laptop"),
        (.plain, "you \(adverbs) left|leave ~2 blank|empty|unticked|unchecked|unanswered|unsigned"),
        (.plain, "you're|you+are|you+were|you're+the ?the|a ~1 problem|trouble"),
        (.rule, "can|could only ~2 if|when|once guests|customers|clients|people|patients ~2 let|tell|told|inform|ask|raise|report|contact|mention|speak"),
        (.document, "\(rules) ~2 asks|asked|requires|required|requests|requested ~1 for|you"),
        (.bookedNot, "you \(adverbs) booked|ordered|chose|selected|bought|requested|reserved|paid+for"),
        (.wereGiven, "you \(adverbs) were|are|had ?been|already|clearly|also ~1 given|handed|provided|sent|emailed|shown"),
    ]

    static let phrases = PhraseSet(table.map(\.1))

    /// Words after "you should have ..." that make it information, not blame.
    static let shouldHaveInfo: Set<String> = [
        "received", "got", "gotten", "heard", "been", "had", "a", "an", "the", "our", "your", "some", "an", "access",
        "already", "now", "by", "this", "it", "them", "that", "known", "to", "expected", "enjoyed", "felt", "experienced",
        "found", "seen",
    ]

    /// Words after "you could have ..." / "you might have ...": only past participles of doing.
    static let couldHaveBlame: Set<String> = [
        "asked", "told", "called", "checked", "read", "said", "mentioned", "spoken", "informed", "let", "booked",
        "contacted", "raised", "complained", "phoned", "rung", "emailed", "messaged", "looked", "waited", "come",
        "requested", "reported", "flagged", "alerted", "followed", "bothered", "notified", "just", "simply", "easily",
    ]

    /// Words that turn "you were told ..." into owning our mistake.
    static let oursWrong: Set<String> = [
        "wrong", "incorrect", "incorrectly", "inaccurate", "mistakenly", "different", "conflicting", "nothing",
        "wrongly", "falsely", "misinformation", "misleading", "otherwise", "contradictory",
    ]

    static let apologyWords: Set<String> = [
        "sorry", "apologize", "apologise", "apologies", "apology", "regret", "unacceptable", "shouldn't", "disappointed",
        "disappointing", "mistake", "error", "embarrassed", "ashamed",
    ]

    /// Words by which the business owns the failure in the same sentence.
    static let owning = PhraseSet([
        "we|i ?still|really|definitely|certainly|absolutely|clearly|also should have|'ve",
        "we|i ?still|really|definitely|certainly|absolutely|clearly|also should've",
        "we|i should|could ?still|really|definitely|certainly|absolutely|clearly|also|at+least have|'ve",
        "our|my mistake|fault|error|bad|oversight",
        "we|i got ~1 wrong",
    ])

    /// Things handed to a customer that carry the information they missed.
    static let handouts: Set<String> = [
        "map", "maps", "instructions", "information", "leaflet", "sheet", "details", "guide", "form", "notice",
        "warning", "copy", "terms", "conditions", "policy", "aftercare", "confirmation", "email", "written", "booklet",
        "directions", "rules", "explanation",
    ]

    /// Words that turn a cited document into our fix or promise: "our website now shows the allergens".
    static let promiseWords: Set<String> = ["now", "will", "we'll", "i'll", "updated", "changed", "fixed", "added", "since", "future"]

    static let contrasts: Set<String> = ["but", "however", "although", "though", "nevertheless", "nonetheless", "yet", "fairness"]

    /// Whether an apology before `index` is followed, still before it, by a contrast: "We're sorry you
    /// were unhappy with the fit, but all our suits are made to the measurements given".
    static func apologyTakenBack(_ w: [ReplyWord], before index: Int) -> Bool {
        guard let a = w[..<index].lastIndex(where: { apologyWords.contains($0.norm) }) else { return false }
        return w[a..<index].contains { contrasts.contains($0.norm) }
    }

    /// Whether the subject of the clause holding `index` is the customer: the nearest subject pronoun
    /// at a clause start before it is "you". "You booked and never called" is; "we told you and never
    /// heard back" is not.
    static func subjectIsCustomer(_ w: [ReplyWord], before index: Int) -> Bool {
        var k = index - 1
        // A subject further back than this is in another clause in any real sentence; the bound keeps
        // a long run of cues linear.
        let lowest = max(0, index - 30)
        while k >= lowest {
            let n = w[k].norm
            let clauseStart = k == 0 || w[k].breakBefore || ReplyLexicon.conjunctions.contains(w[k - 1].norm)
            // "We can see you came in": a clause after a verb of knowing starts with its subject.
            let afterKnowing = k > 0 && ["see", "saw", "seen", "know", "knew", "notice", "noticed", "remember", "recall", "shows", "show", "says", "that"].contains(w[k - 1].norm)
            if clauseStart || (afterKnowing && n == "you") {
                if n == "you" { return true }
                if ["we", "i", "they", "he", "she", "it", "our", "my", "staff", "the", "we'd", "we've", "i've"].contains(n) { return false }
            }
            k -= 1
        }
        return false
    }

    static func spans(in text: ReplyText) -> [CheckSpan] {
        text.sentences.compactMap { s in
            blames(s.words) ? CheckSpan(.blamesCustomer, text, sentence: s.index) : nil
        }
    }

    /// Whether these words (a sentence, or the rest of one) put the fault on the customer.
    static func blames(_ w: [ReplyWord]) -> Bool {
        let matches = phrases.matches(in: w)
        guard !matches.isEmpty else { return false }
        let apologises = w.contains { apologyWords.contains($0.norm) }
        for m in matches where accept(m, w, apologises: apologises) { return true }
        return false
    }

    private static func accept(_ m: PhraseMatch, _ w: [ReplyWord], apologises: Bool) -> Bool {
        let kind = table[m.phrase].0
        // "Our membership terms include a notice period, which is explained when you sign up": a
        // calm account of our own policy, told in the first person, is not blame.
        if kind.isPolicy, !apologises, let first = w.first, first.norm == "our" || first.norm == "we" { return false }
        let last = w[m.end - 1].norm
        switch kind {
        case .plain:
            return true
        case .citesRule:
            // "As our menu states, we can adapt any dish, and we should have offered that": owning it.
            return !owning.contains(in: w)
        case .omission:
            // "You didn't mention which branch": asking for details, not blame.
            let next = m.end < w.count ? w[m.end].norm : ""
            return !["which", "what", "when", "where", "who", "whether", "how"].contains(next)
        case .shouldHave:
            // "you should have received an email": information, not blame.
            return !shouldHaveInfo.contains(last)
        case .couldHave:
            return couldHaveBlame.contains(last)
        case .shouldntHave:
            return !["to", "been", "had", "received", "got"].contains(last)
        case .wereTold, .mistake:
            // "I'm sorry you were told the wrong time": owning our mistake.
            // ...unless a "but" takes the apology back: "I'm sorry, but you're confusing us".
            if apologises, let a = w[..<m.start].lastIndex(where: { apologyWords.contains($0.norm) }),
               !w[a..<m.start].contains(where: { ["but", "however", "although", "though", "nevertheless"].contains($0.norm) }) {
                return false
            }
            if m.start > 0, ["if", "thank", "thanks", "when", "because"].contains(w[m.start - 1].norm) { return false }
            if kind == .mistake, last == "thinking", m.end < w.count, !["of"].contains(w[m.end].norm) { return false }
            let after = w[m.end..<min(w.count, m.end + 8)]
            return !after.contains(where: { oursWrong.contains($0.norm) })
        case .bookedNot:
            if apologises && !apologyTakenBack(w, before: m.start) { return false }
            // ", not a suite", ", not the deluxe": another thing, not another way ("not directly").
            return w[m.end...].indices.contains { i in
                w[i].norm == "not" && w[i].breakBefore && i + 1 < w.count && ["a", "an", "the", "for", "two", "four"].contains(w[i + 1].norm)
            }
        case .rule, .emphaticDid, .document, .wouldHaveSaved:
            // "Our website says dogs are welcome, and we should have honoured that": owning it. An apology
            // taken back first ("Sorry, but our terms are displayed at the counter") does not own it.
            if (apologises && !apologyTakenBack(w, before: m.start)) || owning.contains(in: w) { return false }
            if ReplyLexicon.negated(w, before: m.start, window: 3) { return false }
            switch kind {
            case .emphaticDid:
                // "If you did order online, ...": a condition, not an argument.
                return m.start == 0 || !["if", "whether", "when", "unless", "that"].contains(w[m.start - 1].norm)
            case .rule where m.end < w.count && w[m.end].norm == "to":
                // "Guests are expected to be treated with respect": the expectation is on us.
                let after = w[m.end...].prefix(3).map(\.norm)
                return !(after.count == 3 && after[1] == "be" && (after[2].hasSuffix("ed") || ["given", "shown", "seen", "made", "told"].contains(after[2])))
            case .document:
                // "Our policy should have been explained": owning that it was not.
                let shouldHaveBeen = w.indices.dropLast().contains { i in
                    ["should", "should've", "ought"].contains(w[i].norm) && w[(i + 1)...].prefix(3).contains { $0.norm == "been" }
                }
                return !shouldHaveBeen && !w.contains { promiseWords.contains($0.norm) }
            case .wouldHaveSaved:
                // "A call from us would have saved you the trip": ours to give. "Our door" is only a place.
                return !w[..<m.start].contains { ["we", "us", "i", "me", "we'd", "we've", "i'd", "i've"].contains($0.norm) }
            default:
                return true
            }
        case .hadYou:
            // Inverted, so it opens a clause: "Had you attended", not "we had you booked in".
            guard m.start == 0 || w[m.start].breakBefore || ReplyLexicon.conjunctions.contains(w[m.start - 1].norm) ||
                contrasts.contains(w[m.start - 1].norm) else { return false }
            if apologises && !apologyTakenBack(w, before: m.start) { return false }
            // A condition needs its consequence: "Had you booked with us before?" is a question.
            guard w[m.end...].contains(where: { ["would", "could", "might", "we'd", "you'd", "i'd", "it'd", "would've", "could've", "wouldn't", "couldn't"].contains($0.norm) }) else {
                return false
            }
            return last.hasSuffix("ed") || done.split(separator: "|").contains(Substring(last))
        case .agreedBySubject:
            if (apologises && !apologyTakenBack(w, before: m.start)) || owning.contains(in: w) { return false }
            if w.contains(where: { ["thank", "thanks", "if", "once", "when", "whether"].contains($0.norm) }) { return false }
            return subjectIsCustomer(w, before: m.start)
        case .othersCoped:
            return m.end < w.count && w[m.end].norm.hasSuffix("ing") && !apologises
        case .advice:
            // "Please check the website for times" is help, not an order.
            return m.start == 0 && !apologises && !w.contains { ReplyLexicon.ourWords.contains($0.norm) || ["please", "for", "if", "can"].contains($0.norm) }
        case .customerDid:
            if apologises { return false }
            return (m.start > 0 && ["you", "you'd", "you've", "you're"].contains(w[m.start - 1].norm)) || subjectIsCustomer(w, before: m.start)
        case .omissionBySubject:
            let next = m.end < w.count ? w[m.end].norm : ""
            if ["which", "what", "when", "where", "who", "whether", "how"].contains(next) { return false }
            return subjectIsCustomer(w, before: m.start)
        case .wereGiven:
            if apologises { return false }
            let after = w[m.end..<min(w.count, m.end + 8)]
            return after.contains { handouts.contains($0.norm) } && !after.contains(where: { oursWrong.contains($0.norm) })
        case .clearlyStated:
            // "As you clearly explained": the customer was clear, no blame.
            let lo = max(0, m.start - 2)
            return !w[lo..<m.start].contains(where: { $0.norm == "you" || $0.norm == "you've" })
        }
    }
}
