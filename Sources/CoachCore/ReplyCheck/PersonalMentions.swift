/// Personal details that are not numbers, for `private_details` (P5): the customer's full name,
/// and the day of their visit together with what they ordered. Either tells the whole street who
/// the reviewer is and what they did; a first name alone ("Hi Sandra") or "Dear Mr Patel" does not.
enum PersonalMentions {
    /// Words after which a name addresses the customer: "Hi Susan Moreland", "Dear Mr Alan Forbes".
    /// Sign-offs ("Thanks, Mark Davies") are the business's own name, so thanks and regards are not here.
    static let greetings: Set<String> = ["hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "greetings", "hiya"]
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "mister", "madam"]
    /// Words whose review a trailing name addresses: "Thank you for the review Karen Blake."
    static let addressedAfter: Set<String> = ["review", "feedback", "comments", "comment", "message", "words", "post", "visit"]
    /// Capitalised words that are not names: "Dear Valued Customer", "Hi Team".
    static let notNames: Set<String> = [
        "valued", "customer", "customers", "guest", "guests", "team", "everyone", "all", "there", "sir", "madam",
        "friend", "friends", "folks", "the", "our", "and", "we", "i", "thank", "thanks", "sorry", "hotel", "restaurant",
        "cafe", "shop", "store", "manager", "owner", "again", "reviewer", "traveller", "traveler", "diner", "client",
        "patient", "member", "members", "family", "you", "your", "it", "this", "that", "we're", "i'm", "please",
    ]

    /// Words that follow a name spoken to the customer: "Jane Whitfield, we know...".
    static let vocativeNext: Set<String> = [
        "you", "your", "you're", "you've", "you'll", "we", "we've", "we're", "i", "i'm", "i've", "thank", "thanks", "sorry",
    ]

    static func isName(_ t: ReplyToken) -> Bool {
        t.isWord && t.isCapitalized && !t.isAllCaps && t.letterCount >= 2 && t.digitCount == 0 && !notNames.contains(t.norm) &&
            !titles.contains(t.norm)
    }

    /// A first name and a surname addressed to the customer.
    static func namesCustomerInFull(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let w = s.words, t = text.tokens
        var i = 0
        while i + 1 < w.count {
            let n = w[i].norm
            var k = i + 1
            if greetings.contains(n) || titles.contains(n) {
                if greetings.contains(n), k < w.count, titles.contains(w[k].norm), !w[k].breakBefore { k += 1 }
                let titled = titles.contains(w[k - 1].norm)
                if k + 1 < w.count, !w[k].breakBefore, !w[k + 1].breakBefore, isName(t[w[k].token]), isName(t[w[k + 1].token]),
                   !PrivateDetailsCheck.streetSuffixes.contains(w[k + 1].norm) {
                    // "Dear Mr Patel and team" has one name; a greeting needs a name right after it.
                    // A titled name standing alone ("Dr Priya Shah") is the writer's sign-off.
                    let signOff = titled && k == 1 && w.count == 3
                    if (titled && !signOff) || greetings.contains(n) { return true }
                }
            }
            // "Daniel Okoro, your membership...": a full name opening the sentence, then addressed.
            if i == 0, w.count > 3, !greetings.contains(n), !titles.contains(n), !w[1].breakBefore, w[2].breakBefore, isName(t[w[0].token]), isName(t[w[1].token]),
               vocativeNext.contains(w[2].norm) {
                return true
            }
            if addressedAfter.contains(n), k + 1 < w.count, !w[k].breakBefore, !w[k + 1].breakBefore,
               isName(t[w[k].token]), isName(t[w[k + 1].token]), k + 2 == w.count || w[k + 2].breakBefore {
                return true
            }
            i += 1
        }
        return false
    }

    /// Verbs of what the customer had: "you ordered the lamb", "you drank two bottles".
    static let orderVerbs: Set<String> = ["ordered", "bought", "purchased", "drank", "ate", "chose", "picked", "booked"]
    static let days: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The customer's family, whose visit is as private as theirs: "your son attended on the 4th".
    static let family: Set<String> = [
        "son", "daughter", "wife", "husband", "partner", "child", "children", "kids", "mum", "mom", "dad", "mother",
        "father", "boyfriend", "girlfriend", "baby",
    ]
    static let numbers: Set<String> = ["two", "three", "four", "five", "six", "2", "3", "4", "5", "6"]

    /// A day or date of the visit: a weekday, a month, or an ordinal such as "9th".
    static func isDate(_ t: ReplyToken) -> Bool {
        guard t.isWord else { return false }
        if days.contains(t.norm) { return t.isCapitalized || ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(t.norm) }
        guard t.digitCount >= 1, t.digitCount <= 2, t.letterCount == 2 else { return false }
        return t.norm.hasSuffix("st") || t.norm.hasSuffix("nd") || t.norm.hasSuffix("rd") || t.norm.hasSuffix("th")
    }

    /// "You visited on Tuesday 12th March and ordered the lamb": when they came and what they had.
    static func datesWhatTheyOrdered(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let w = s.words
        var ordered = false, dated = false
        for (i, word) in w.enumerated() {
            // "you had the duck", "you had a bottle of Rioja": what they had, not "you had a rough time".
            let had = word.norm == "had" && i + 1 < w.count && (w[i + 1].norm == "the" || numbers.contains(w[i + 1].norm) ||
                (w[i + 1].norm == "a" && i + 2 < w.count && ["bottle", "glass", "pint", "plate", "bowl", "carafe"].contains(w[i + 2].norm)))
            if orderVerbs.contains(word.norm) || had, !ordered,
               (i > 0 && w[i - 1].norm == "you") || w[max(0, i - 4)..<i].contains(where: { family.contains($0.norm) }) ||
                BlamesCustomerCheck.subjectIsCustomer(w, before: i) {
                ordered = true
            }
            if isDate(text.tokens[word.token]) { dated = true }
        }
        return ordered && dated
    }
}
