/// `private_details` (P5): the customer's own details published in the public reply: booking,
/// order, reservation, invoice, account or room numbers, card digits, their phone number or email
/// address, their street address or postcode, health details, or the money they owe or paid; and,
/// through `PersonalMentions`, their full name or the day they came with what they ordered.
///
/// The business's own contact details are fine ("Call us on 555-0199", "email me at
/// lee@cafe.example"): the nearest pronoun before a phone number, email or address decides whose it
/// is ("us", "me", "our" are the business; "you", "your", or "we called / tried / delivered to" are
/// the customer). A bare phone number with no pronoun is taken as the business's.
enum PrivateDetailsCheck {
    /// Words that label a customer's reference number: "booking 99231", "order #A123", "room 214".
    static let labels: Set<String> = [
        "booking", "order", "reservation", "invoice", "confirmation", "ticket", "account", "reference", "ref",
        "membership", "transaction", "receipt", "tracking", "room", "suite", "cabin", "apartment", "card", "folio",
        "pnr", "claim", "case", "customer", "member", "loyalty", "parcel", "shipment", "consignment", "appointment",
        "policy", "contract", "job", "bill", "cheque", "check", "voucher", "table", "seat", "unit", "flat", "plot",
        "passport", "licence", "license", "registration", "reg", "vehicle", "plate", "patient", "prescription",
        "phone", "mobile", "telephone", "cell",
    ]

    /// Labels that only count with an explicit "number", "no.", "#", "ID" or "ref" after them.
    static let weakLabels: Set<String> = [
        "case", "claim", "customer", "member", "policy", "contract", "job", "bill", "check", "cheque", "table",
        "seat", "unit", "flat", "plot", "voucher", "appointment", "patient", "vehicle", "plate", "account",
        "phone", "mobile", "telephone", "cell",
    ]

    static let fillers: Set<String> = [
        "number", "no", "num", "nr", "id", "code", "#", ":", "is", "was", "-", "ending", "in", "with", "ref",
        "reference", "details", "numbered", "n", "º", "°", ".", "(", "number:", ",",
    ]
    /// Words after a number that make it a quantity, not a reference.
    static let units: Set<String> = [
        "hours", "hour", "minutes", "minute", "mins", "days", "day", "weeks", "week", "months", "month", "years",
        "year", "people", "guests", "pm", "am", "nights", "night", "%", "items", "percent", "times", "euros",
        "dollars", "pounds", "persons", "covers", "pieces",
    ]
    static let explicitNumber: Set<String> = ["number", "no", "num", "nr", "id", "#", "ref", "reference", "code", "ending", "numbered"]

    static let streetSuffixes: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close", "way", "boulevard",
        "blvd", "court", "ct", "place", "pl", "crescent", "terrace", "square", "gardens", "grove", "row", "mews",
        "parade", "highway", "hwy", "parkway", "pkwy", "circle", "cir", "trail", "walk", "hill", "park", "rise",
        "view", "green",
    ]

    /// Words that mark a contact detail as the customer's when they come nearest before it.
    static let theirs: Set<String> = [
        "you", "your", "yours", "you're", "you've", "called", "rang", "texted", "tried", "calling", "phoned",
        "messaged", "dialled", "dialed", "emailed", "delivered", "sent", "shipped", "posted", "mailed",
        "dispatched", "driver", "courier", "delivery", "deliver", "registered", "customer", "guest", "his", "her",
        "their", "attended", "visited", "outside",
    ]

    /// Verbs by which the customer reaches us: "if you email support@...", "you can call 0161...". The
    /// detail after them is where to reach the business, so it is ours even with "you" before it.
    static let nounMarkers: Set<String> = ["your", "the", "a", "an", "our", "my", "their", "his", "her", "by", "via", "this", "that"]
    static let toUs: Set<String> = ["email", "call", "ring", "phone", "text", "message", "contact", "reach", "write", "dm", "whatsapp"]

    static let currencyWords: Set<String> = ["dollars", "dollar", "pounds", "pound", "euros", "euro", "quid", "bucks", "usd", "gbp", "eur", "cad", "aud"]
    static let currencySymbols: Set<String> = ["$", "\u{00A3}", "\u{20AC}", "\u{00A5}", "\u{20B9}"]

    static let owes = PhraseSet([
        "owe|owes|owed|owing|unpaid|arrears|overdue|debt|debts",
        "outstanding balance|amount|bill|invoice|sum|payment|fees|fee|charges",
        "balance of|due|owing|remaining|outstanding",
        "still due",
        "amount due",
    ])

    static let paid = PhraseSet([
        "you|you've|you'd ?only|just|already ?have|had paid|spent|purchased|bought|ordered|charged",
        "you were ?only charged|billed",
        "your purchase|order|bill|total ~1 of|was|came|totalled|totaled",
    ])

    /// Health details: "your prescription for 20mg", "your test results", "diagnosed with".
    static let health = PhraseSet([
        "your diagnosis|dosage|dose|doses|pregnancy",
        "your prescription|medicine|medication|treatment ~1 for|of ~1 _",
        "your lens|glasses|eye|contact|repeat|inhaler prescription ~1 for|of|is|was ~1 _",
        // What the results said, not that there were results: "your test results came back positive".
        "your test|blood|lab|scan results ~3 showed|show|shows|confirmed|indicated|positive|negative|normal|abnormal|clear",
        // What an examination of the customer found: "your eye test on the 3rd showed", "your x-rays showed".
        "your ~1 x ray|rays ~4 showed|show|shows|revealed|confirmed|found|indicated",
        "your ~1 xray|xrays|scan|scans|bloods|test|tests|smear|biopsy|mri|eye+test|hearing+test ~4 showed|show|shows|revealed|confirmed|found|indicated",
        // A treatment the customer (or their child) had: "your son ... had two fillings".
        "had|having|received|needed ~2 filling|fillings|extraction|extractions|injection|injections|vaccine|vaccination|stitches|x-ray|x-rays|biopsy|smear|root+canal|implant|implants|botox|filler|fillers",
        "diagnosed with",
        // The customer's medical condition named in public: "your diabetes", "given you're pregnant".
        "your|you're|you+are|you+were ~2 diabetes|diabetic|pregnancy|pregnant|anxiety|depression|cancer|chemotherapy|chemo|epilepsy|epileptic|dementia|autism|autistic|adhd|miscarriage|hiv|ptsd|ocd|disability|disabled|wheelchair-bound|mental+health",
    ])

    static func spans(in text: ReplyText) -> [CheckSpan] {
        text.sentences.compactMap { s in
            publishes(s, text) ? CheckSpan(.privateDetails, text, sentence: s.index) : nil
        }
    }

    static func publishes(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let t = text.tokens
        let r = s.tokenRange
        var k = r.lowerBound
        while k < r.upperBound {
            let tok = t[k]
            // Email address.
            if tok.norm == "@", k > r.lowerBound, !tok.spaceBefore, t[k - 1].isWord,
               k + 1 < r.upperBound, !t[k + 1].spaceBefore, t[k + 1].isWord, hasDomain(after: k + 1, r, t) {
                var a = k - 1
                while a > r.lowerBound, !t[a].spaceBefore, t[a - 1].norm != "(" { a -= 1 }
                if owner(before: a, s, text) == .customer { return true }
            }
            // "#12345".
            if tok.norm == "#", k + 1 < r.upperBound, !t[k + 1].spaceBefore, t[k + 1].digitCount >= 3 {
                return true
            }
            if tok.isWord, labels.contains(tok.norm), labelledNumber(from: k, s, text) { return true }
            // A UK postcode ("SW1A 1AA"), when it is the customer's.
            if isPostcode(at: k, r, t), owner(before: k, s, text, defaultOwner: .customer) == .customer { return true }
            if tok.isWord, tok.digitCount > 0 {
                let run = phoneRun(from: k, r, t)
                if run.digits >= 7 && run.digits <= 15 && !run.dateLike && !afterCurrency(k, r, t) {
                    if owner(before: k, s, text) == .customer { return true }
                    k = run.end
                    continue
                }
                if isStreetAddress(at: k, r, t), owner(before: k, s, text, defaultOwner: .customer) == .customer {
                    return true
                }
            }
            k += 1
        }
        let w = s.words
        if health.contains(in: w) { return true }
        if PersonalMentions.namesCustomerInFull(s, text) || PersonalMentions.datesWhatTheyOrdered(s, text) { return true }
        if owes.contains(in: w), hasAmount(s, text) || yourBill(w) { return true }
        if paid.contains(in: w), hasAmount(s, text), !w.contains(where: { $0.norm.hasPrefix("refund") || $0.norm.hasPrefix("reimburs") }) {
            return true
        }
        return false
    }

    private static func hasDomain(after k: Int, _ r: Range<Int>, _ t: [ReplyToken]) -> Bool {
        var j = k + 1
        while j + 1 < r.upperBound, !t[j].spaceBefore {
            if t[j].norm == ".", t[j + 1].isWord, !t[j + 1].spaceBefore { return true }
            j += 1
        }
        return false
    }

    private static func labelledNumber(from k: Int, _ s: ReplySentence, _ text: ReplyText) -> Bool {
        let t = text.tokens
        let label = t[k].norm
        var j = k + 1
        var steps = 0
        var explicit = false
        while j < s.tokenRange.upperBound && steps < 5 {
            let n = t[j]
            let minDigits = ["room", "suite", "cabin"].contains(label) ? 1 : 2
            if n.isWord && n.digitCount >= minDigits && !n.norm.contains(",") {
                if currencySymbols.contains(t[j - 1].norm) { return false }
                if j + 1 < s.tokenRange.upperBound, units.contains(t[j + 1].norm) { return false }
                let yearLike = n.letterCount == 0 && n.digitCount == 4 && (n.norm.hasPrefix("19") || n.norm.hasPrefix("20"))
                if yearLike && t[j - 1].norm == "in" { return false }
                if weakLabels.contains(label) && !explicit { return false }
                return true
            }
            // The letters of a code such as "INV-20931" or "AB/1234".
            let codeLetters = n.isWord && n.isAllCaps && n.letterCount <= 5 && j + 1 < s.tokenRange.upperBound &&
                ["-", "/"].contains(t[j + 1].norm) && !t[j + 1].spaceBefore
            guard codeLetters || fillers.contains(n.norm) else { return false }
            if explicitNumber.contains(n.norm) { explicit = true }
            j += 1
            steps += 1
        }
        return false
    }

    /// A run of digit groups that may be a phone number.
    struct PhoneRun { var digits: Int; var end: Int; var dateLike: Bool }

    private static func phoneRun(from k: Int, _ r: Range<Int>, _ t: [ReplyToken]) -> PhoneRun {
        var digits = 0
        var groups: [Int] = []
        var j = k
        var last = k
        while j < r.upperBound {
            let n = t[j]
            if n.isWord {
                guard n.letterCount == 0, n.digitCount > 0, !n.norm.contains(",") else { break }
                if j > k && n.spaceBefore && !(groups.last.map { $0 >= 2 } ?? false) { break }
                digits += n.digitCount
                groups.append(n.digitCount)
                last = j
            } else if ["-", "(", ")", "+", ".", "\u{2013}"].contains(n.norm) {
                if n.norm == ".", j + 1 < r.upperBound, t[j + 1].spaceBefore { break }
            } else {
                break
            }
            j += 1
        }
        let dateLike = groups.count == 3 && ((groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) ||
                                             (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4))
        return PhoneRun(digits: digits, end: last + 1, dateLike: dateLike)
    }

    private static func afterCurrency(_ k: Int, _ r: Range<Int>, _ t: [ReplyToken]) -> Bool {
        k > r.lowerBound && currencySymbols.contains(t[k - 1].norm)
    }

    private static func isPostcode(at k: Int, _ r: Range<Int>, _ t: [ReplyToken]) -> Bool {
        let a = t[k]
        guard a.isWord, a.isAllCaps, a.digitCount >= 1, a.letterCount >= 1, (2...4).contains(a.letterCount + a.digitCount),
              k + 1 < r.upperBound else { return false }
        let b = t[k + 1]
        guard b.isWord, b.spaceBefore, b.isAllCaps, b.digitCount == 1, b.letterCount == 2, b.norm.first?.isNumber == true else {
            return false
        }
        return a.norm.first?.isLetter == true
    }

    private static func isStreetAddress(at k: Int, _ r: Range<Int>, _ t: [ReplyToken]) -> Bool {
        let n = t[k]
        guard n.letterCount == 0, n.digitCount >= 1, n.digitCount <= 5, !n.norm.contains("."), !n.norm.contains(",") else { return false }
        if k > r.lowerBound, currencySymbols.contains(t[k - 1].norm) { return false }
        var j = k + 1
        var names = 0
        while j < r.upperBound, names <= 3 {
            let w = t[j]
            guard w.isWord, w.isCapitalized || w.isAllCaps else { return false }
            if names >= 1 && streetSuffixes.contains(w.norm) { return true }
            names += 1
            j += 1
        }
        return false
    }

    /// Whose contact detail or address it is.
    enum Owner { case business, customer }

    /// Whose detail starts at token `k`: decided by the nearest telling word before it in the sentence.
    private static func owner(before k: Int, _ s: ReplySentence, _ text: ReplyText, defaultOwner: Owner = .business) -> Owner {
        var i = s.words.count - 1
        while i >= 0 && s.words[i].token >= k { i -= 1 }
        var seen = 0
        while i >= 0 && seen < 10 {
            let n = s.words[i].norm
            // A verb ("if you email"), not a noun ("your email as ...").
            if toUs.contains(n), i == 0 || !nounMarkers.contains(s.words[i - 1].norm) { return .business }
            if theirs.contains(n) { return .customer }
            if ReplyLexicon.ourWords.contains(n) { return .business }
            i -= 1
            seen += 1
        }
        return defaultOwner
    }

    static func hasAmount(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let t = text.tokens
        for k in s.tokenRange {
            if currencySymbols.contains(t[k].norm), k + 1 < s.tokenRange.upperBound, t[k + 1].digitCount > 0 { return true }
            if t[k].isWord, t[k].letterCount == 0, t[k].digitCount > 0, k + 1 < s.tokenRange.upperBound,
               currencyWords.contains(t[k + 1].norm) || currencySymbols.contains(t[k + 1].norm) {
                return true
            }
        }
        return false
    }

    private static func yourBill(_ w: [ReplyWord]) -> Bool {
        for i in w.indices.dropLast() where w[i].norm == "your" && ["bill", "account", "tab", "balance"].contains(w[i + 1].norm) {
            return true
        }
        return false
    }
}
