/// `over_explaining` (P4): a reply that argues its case with a list of excuses.
///
/// Threshold: three or more separate excuse clauses in the reply. A clause is a piece of a
/// sentence between commas, semicolons, colons, dashes or the words "and", "but", "plus", "also",
/// "while", "then"; it counts once however many excuse cues it holds. Excuse cues are reasons
/// ("because", "due to", "since we", "the reason"), circumstances offered as reasons (busy,
/// short-staffed, a new system, the supplier, the holidays, the weather, out of our control...) and
/// justification by reputation ("30 years in business", "thousands of happy customers").
/// One or two reasons ("we were short-staffed that night") are not flagged, and a clause that
/// reports a fix or an apology ("we've hired new staff", "sorry for the busy night") is no excuse; a
/// fix needs us as its subject, so "our supplier changed the beef" is still an excuse.
enum OverExplainingCheck {
    /// The number of excuse clauses that makes a reply over-explained.
    static let threshold = 3

    static let excuses = PhraseSet([
        "because|cos|'cause|coz",
        "due|owing to",
        "on account of",
        "as a result of",
        "caused by",
        "since we|we're|we've|we'd|it|it's|they|they're|there|there's|he|she|our|many|most|half|several|everyone|nobody|none|all",
        "as we|it|they|our|the ~1 was|were|had|is|are",
        "the ?main|only|simple reason|reasons",
        "that's|which|this|that|it's ?is|was why",
        "let me|us explain",
        "to explain|clarify",
        "for context|reference",
        "in our defence|defense",
        "to be fair",
        "busy|busier|busiest|hectic|rush|slammed|swamped|packed|overwhelmed|overbooked|chaotic|manic|mayhem|rammed",
        "fully booked",
        "full house",
        "peak|high|busy season|time|times|hours|period",
        "short ~1 staffed|handed",
        "understaffed|under-staffed|shorthanded|short-handed",
        "staff|staffing shortage|shortages|issues|problems|crisis",
        "sick|ill|illness|unwell|flu|covid|pandemic|lockdown|inflation|recession",
        "called|calling|phoned in sick",
        "holiday|holidays|vacation|christmas|easter|thanksgiving|half-term",
        "bank|school|summer|public ~1 holiday|holidays",
        "new year|year's",
        "weather|rain|raining|rained|snow|snowing|storm|storms|heatwave|flood|flooding|flooded|hurricane|heat|hottest|coldest|wettest|freezing",
        "traffic|roadworks|construction|renovation|renovations|refurbishment",
        "building work|works",
        "power cut|outage|failure",
        "outage|blackout|breakdown|malfunction|malfunctioned|glitch|bug|crash|crashed",
        "broke|broken|went|was down",
        "broke|broken|faulty|quit|resigned|malfunctioning|no-show|no-shows",
        "walked out",
        "off work",
        "technical|it|computer|software|system|till|card machine|machines|issue|issues|problem|problems|fault|error|failure|difficulties",
        "new ~1 system|software|staff|employee|employees|hire|hires|starter|starters|supplier|till|trainee|trainees",
        "trainee|trainees",
        "first day|week|shift",
        "supplier|suppliers|delivery|deliveries|courier|couriers|shipping|postal|warehouse|distributor|manufacturer",
        "out+of|beyond|outside|outwith ?of ~1 our|the control|hands",
        "no control",
        "unexpected|unexpectedly|unforeseen|unavoidable|unprecedented|circumstances|emergency|emergencies|unpredictable|unforeseeable",
        "no way ~3 known|know|foreseen|foresee|predicted|predict",
        "on ?annual|maternity|paternity|sick|compassionate leave",
        "stuck|closure|closures|diversion|diversions",
        "dealing with ~2 emergency|emergencies|another|other|two|three|several|a",
        "were down",
        "large|big|huge ~1 party|group|booking|bookings|order|orders|event|function|wedding|coach",
        "festival|concert|conference",
        "costs|prices ~2 risen|rising|gone|went|increased",
        "cost of living",
        "industry|sector|everyone|everywhere|nationwide ~2 shortage|shortages|struggling|standard|same",
        "like|as ~1 every|all|any|most ~1 other|restaurants|businesses|hotels|shops",
        // Justifying by reputation: "30 years in business", "thousands of happy customers".
        "years ~1 experience|business|trading|serving",
        "thousands|hundreds|many|countless|plenty ~2 happy|satisfied|positive|5-star|five-star|loyal|regular|returning|glowing",
        "never ~3 complaint|complaints|complained",
        "all|every|most ?of our other ~1 customers|guests|diners|clients|patients",
        "everyone|everybody else",
        "award-winning|award",
        // Hard times and bad luck: "a perfect storm", "rising energy costs", "we lost two chefs".
        "perfect storm",
        "full|whole|bigger picture",
        "let|left us down|short",
        "without ~1 notice|warning",
        "cancelled|canceled|cancellation|cancellations",
        "weddings",
        "was|were ?brand|still ~1 new|inexperienced",
        "bound to",
        "in business|trade|trading ~2 years|decades",
        "heating|boiler|oven|ovens|fridge|fridges|freezer|dishwasher|lift|elevator|aircon|air-conditioning|generator|pump|printer|coffee|bulb|projector|van|fuse ~3 failed|broke|died|stopped|packed|tripped|leaked|flooded|playing|blew|blown|burst",
        "being|was|were ~1 decorated|redecorated|refurbished|repainted|renovated|repaired|serviced",
        "next to|beside|near|opposite ~1 a|the farm|railway|motorway|building+site|airport|school|pub",
        "lives|live|based ~3 away",
        "to give|for ~1 some|a+bit+of ~1 background|context",
        "rising|soaring|higher|increased|energy|fuel|wholesale ~1 costs|prices|bills|rates",
        "family|small|independent|local business|businesses|run|owned",
        "hit by",
        "lost|losing ~2 chef|chefs|cook|cooks|staff|driver|drivers|employees|members",
        "kept ~1 breaking|failing|tripping|crashing|freezing",
        "tripping|tripped ~2 power|fuse|electrics|breaker",
        "didn't|did+not|never ~1 arrive|turn|show",
        "wedding|hen|stag|christening|funeral ~1 party|parties|do|group",
        "party|group of ~1 twenty|thirty|forty|fifty|sixty|seventy|eighty|hundred|20|30|40|50|60|70|80|100",
    ])

    /// Words of a remedy: a clause holding one reports a fix ("we've hired new staff, replaced the
    /// supplier and installed a new system"), not an excuse.
    static let remedies: Set<String> = [
        "hired", "recruited", "replaced", "installed", "introduced", "added", "switched", "changed", "upgraded",
        "fixed", "repaired", "updated", "retrained", "trained", "arranged", "extended", "employed", "appointed",
        "brought", "invested", "implemented", "launched", "reviewed", "improved", "doubled", "increased", "will",
        "we'll", "i'll", "hire", "hiring", "replace", "replacing", "install", "installing", "introduce", "introducing",
        "add", "adding", "switch", "switching", "change", "changing", "upgrade", "upgrading", "fix", "fixing",
        "recruit", "recruiting", "train", "training", "retrain", "retraining", "refunded", "refund", "apologise",
        "apologize", "sorry", "thank", "thanks", "sourced", "found", "serviced", "spoken", "talked", "invest",
    ]

    /// Words that start a new clause inside a sentence.
    static let clauseWords: Set<String> = [
        "and", "but", "plus", "also", "while", "whilst", "then", "so", "which", "or", "however", "although", "though",
    ]

    /// Remedy words that report our own fix only when we are the subject ("we changed supplier"),
    /// or open the clause ("and replaced the oven"): "the supplier changed the beef" is an excuse.
    static let apologyRemedies: Set<String> = ["apologise", "apologize", "sorry", "thank", "thanks", "refunded", "refund", "will", "we'll", "i'll"]

    static let ourSubjects: Set<String> = ["we", "we've", "we're", "we'd", "we'll", "i", "i've", "i'm", "i'd", "i'll"]

    /// Whether a clause reports a fix or an apology rather than an excuse.
    static func isRemedy(_ clause: ArraySlice<ReplyWord>) -> Bool {
        guard let first = clause.first else { return false }
        if clause.contains(where: { apologyRemedies.contains($0.norm) }) { return true }
        if remedies.contains(first.norm) { return true }
        // "We have hired", "the oven has been replaced"; "our supplier doubled their prices" is not ours.
        let ours = clause.contains { ourSubjects.contains($0.norm) || ["been", "now", "since"].contains($0.norm) }
        return ours && clause.contains { remedies.contains($0.norm) }
    }

    static func spans(in text: ReplyText) -> [CheckSpan] {
        var clauses = 0
        var firstSentence = -1, lastSentence = -1
        for s in text.sentences {
            let w = s.words
            guard excuses.contains(in: w) else { continue }
            // Cut the sentence into clauses and count those holding a cue.
            var start = 0
            var k = 1
            var found = false
            func closeClause(_ end: Int) {
                if end > start, !isRemedy(w[start..<end]),
                   excuses.contains(in: Array(w[start..<end])) {
                    clauses += 1
                    found = true
                }
                start = end
            }
            while k < w.count {
                if w[k].breakBefore || clauseWords.contains(w[k].norm) { closeClause(k) }
                k += 1
            }
            closeClause(w.count)
            if found {
                if firstSentence < 0 { firstSentence = s.index }
                lastSentence = s.index
            }
        }
        guard clauses >= threshold, firstSentence >= 0 else { return [] }
        return [CheckSpan(.overExplaining, text, sentences: firstSentence, through: lastSentence)]
    }
}
