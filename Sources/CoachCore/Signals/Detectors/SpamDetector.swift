/// Finds promotional links and advertising.
///
/// Links are found on the words (`http(s)://`, `www.`, and bare domains such as `deal.shop`).
/// Promotion is a family of phrases ("buy cheap", "best prices", "click here", "use code",
/// "visit my website", "work from home", "follow me on ...") and words (crypto, casino,
/// WhatsApp, loans); a social handle ("@foodie_dan") is a weak cue.
///
/// The choice for a link in a genuine complaint (e.g. a photo): a link alone is not spam. It is
/// spam when it comes with promotional wording, or when an `http`/`www` link makes up a review
/// with little else in it (fewer than 10 other words) and is not a photo host. Without any
/// link, two strong promotional cues (or one strong and one weak) are spam. A bare domain
/// ("booked on Booking.com") needs promotional wording.
enum SpamDetector {
    private static let http: UInt64 = 0x8874a3cc15dc8285  // "http"
    private static let https: UInt64 = 0xbab549c925b28802  // "https"
    private static let www: UInt64 = 0x5e63e419483e75ec  // "www"
    private static let buy: UInt64 = 0x00612319135a7b4b  // "buy"
    private static let cheap: UInt64 = 0x8305ce76371fb040  // "cheap"
    private static let now: UInt64 = 0x215ad519258e9d97  // "now"
    private static let superlatives: Set<UInt64> = Set(["best", "lowest", "cheapest", "great", "unbeatable", "wholesale", "discount"].map(WordHash.of))
    private static let prices: Set<UInt64> = Set(["price", "prices", "pricing", "deals", "rates"].map(WordHash.of))
    private static let click: UInt64 = 0x8c6d25950915820f  // "click"
    private static let here: UInt64 = 0x0a4e01cc5f62582b  // "here"
    private static let link: UInt64 = 0xbf4b9bad694f4809  // "link"
    private static let bio: UInt64 = 0x00541919134fdff1  // "bio"
    private static let below: UInt64 = 0xc5d4635e7efb69d2  // "below"
    private static let visitWords: Set<UInt64> = Set(["visit", "check", "see", "follow", "join"].map(WordHash.of))
    private static let myOur: Set<UInt64> = Set(["my", "our"].map(WordHash.of))
    private static let ownPages: Set<UInt64> = Set([
        "website", "site", "page", "store", "shop", "profile", "channel", "link", "blog", "bio", "account",
        "tiktok", "instagram", "insta", "ig", "youtube", "twitch", "socials", "podcast", "onlyfans",
    ].map(WordHash.of))
    private static let codeLead: Set<UInt64> = Set(["use", "promo", "coupon", "discount", "referral", "voucher", "enter", "apply"].map(WordHash.of))
    private static let code: UInt64 = 0x0bb51791194b4414  // "code"
    private static let nowLead: Set<UInt64> = Set(["order", "shop", "buy", "call", "register", "join", "apply"].map(WordHash.of))
    private static let earn: Set<UInt64> = Set(["earn", "make"].map(WordHash.of))
    private static let moneyWords: Set<UInt64> = Set(["money", "cash", "income", "dollars", "profit"].map(WordHash.of))
    private static let fast: Set<UInt64> = Set(["fast", "online", "daily", "weekly", "easy", "quick", "quickly", "home", "passive"].map(WordHash.of))
    private static let work: UInt64 = 0x7058edf6366825c0  // "work"
    private static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    private static let home: UInt64 = 0x402d1bcc7e6f9d6e  // "home"
    private static let free: UInt64 = 0x7f625478d788e11b  // "free"
    private static let freebies: Set<UInt64> = Set(["followers", "likes", "views", "bitcoin", "crypto", "spins", "trial"].map(WordHash.of))

    /// Where a body goes: "follow us out", "follow me inside".
    private static let movements: Set<UInt64> = Set([
        "next", "to", "into", "out", "outside", "around", "home", "back", "inside", "down", "up",
        "through", "over", "across", "round", "downstairs", "upstairs", "along",
    ].map(WordHash.of))
    /// The writer as a subject: "I check my account every day".
    private static let subjects: Set<UInt64> = Set(["i", "we", "i'd", "we'd"].map(WordHash.of))

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        let n = t.tokenCount
        var links: [(first: Int, last: Int, explicit: Bool, photo: Bool)] = []
        var strongCues: [Int] = []
        var weak = 0
        var wordsInLinks = 0
        var phones = 0
        var k = 0
        while k < n {
            let h = t.tok[k].hash
            if t.tok[k].shape.contains(.allDigits), let last = phoneEnd(t, k) {
                phones += 1
                if phonePlug(t, k, last) { strongCues.append(k) }
                k = last + 1
                continue
            }
            let after = t.byteAfter(k)
            if after == 0x3A || after == 0x2E, let endByte = linkEnd(t, k) {
                let explicit = h == http || h == https || h == www
                var last = k, photo = false
                while last + 1 < n && t.tok[last + 1].start < endByte {
                    last += 1
                    if t.has(last, .photoHost) { photo = true }
                }
                if t.has(k, .photoHost) { photo = true }
                // "visit datenow.club", "join t.me/...": an invitation to the link is promotion.
                if k > 0 && visitWords.contains(t.tok[k - 1].hash) && t.sameSentence(k - 1, k) && !photo { strongCues.append(k) }
                links.append((k, last, explicit, photo))
                wordsInLinks += last - k + 1
                k = last + 1
                continue
            }
            let c = t.tok[k].cls
            if c.contains(.promoStrong) { strongCues.append(k) }
            else if c.contains(.promoLead), phrase(t, k) != nil { strongCues.append(k) }
            else if c.contains(.promoWeak) { weak += 1 }
            k += 1
        }
        // "@foodie_dan": a social handle, a weak cue; looked for only when a weak cue could tip the balance.
        if strongCues.count == 1 || !links.isEmpty || phones > 0, hasHandle(t) { weak += 1 }
        let explicitLinks = links.contains { $0.explicit }
        let onlyPhotos = links.allSatisfy { $0.photo }
        let otherWords = n - wordsInLinks
        let spam: Bool
        if explicitLinks {
            spam = !strongCues.isEmpty || weak >= 1 || (otherWords < 10 && !onlyPhotos)
        } else if !links.isEmpty {
            spam = !strongCues.isEmpty || weak >= 2
        } else if phones > 0 {
            spam = !strongCues.isEmpty || weak >= 1
        } else {
            spam = strongCues.count >= 2 || (strongCues.count == 1 && weak >= 1)
        }
        // A competitor named against this business, with no link or number: "Best pizza in town is at Luigi's, not this place!"
        if !spam && links.isEmpty && phones == 0, let k = competitorPlug(t) {
            if let sig = t.sentenceSignal(.spam, tokens: k, k) { out.append(sig) }
            return
        }
        guard spam else { return }

        // Quote each sentence holding a link or a strong cue, once.
        var marks: [(first: Int, last: Int)] = links.map { ($0.first, $0.last) }
        marks += strongCues.map { ($0, $0) }
        marks.sort { $0.first < $1.first }
        var lastSentence: Int32 = -1
        for m in marks {
            let s = t.tok[m.first].sentence
            if s == lastSentence { continue }
            lastSentence = t.tok[m.last].sentence
            if let sig = t.sentenceSignal(.spam, tokens: m.first, m.last) { out.append(sig) }
        }
    }

    /// Whether a word follows an "@" that opens a word: a social handle, not an e-mail address
    /// (which has a name before the "@").
    static func hasHandle(_ t: ReviewText) -> Bool {
        var k = 0
        while k < t.tokenCount {
            let s = t.tok[k].start
            if s >= 1 && t.bytes[s - 1] == 0x40 && (s < 2 || t.bytes[s - 2] <= 0x20) { return true }
            k += 1
        }
        return false
    }

    /// Where a link starting at token `k` ends (the next white space), or nil if none starts here.
    static func linkEnd(_ t: ReviewText, _ k: Int) -> Int? {
        let h = t.tok[k].hash
        let e = t.tok[k].end, b = t.bytes, n = b.count
        var isLink = false
        if (h == http || h == https) && e + 2 < n && b[e] == 0x3A && b[e + 1] == 0x2F && b[e + 2] == 0x2F {
            isLink = true
        } else if h == www && e < n && b[e] == 0x2E {
            isLink = true
        } else if e < n && b[e] == 0x2E && k + 1 < t.tokenCount && t.tok[k + 1].start == e + 1 && t.has(k + 1, .tld) {
            // A bare domain: the TLD must end the word ("deal.shop/x", "deal.com"), not "deal.company".
            let te = t.tok[k + 1].end
            isLink = te >= n || b[te] <= 0x20 || b[te] == 0x2F || b[te] == 0x2E || b[te] == 0x2C || b[te] == 0x29 || b[te] == 0x21
            if isLink, te < n, b[te] == 0x2E, te + 1 < n, b[te + 1] > 0x20 {
                isLink = k + 2 < t.tokenCount && t.tok[k + 2].start == te + 1 && t.has(k + 2, .tld)  // co.uk
            }
        }
        guard isLink else { return nil }
        var j = e
        while j < n && b[j] > 0x20 && b[j] != 0x22 && b[j] != 0x3C && b[j] != 0x3E { j += 1 }
        // Trailing sentence punctuation is not part of the link.
        while j > e && (b[j - 1] == 0x2E || b[j - 1] == 0x2C || b[j - 1] == 0x21 || b[j - 1] == 0x3F || b[j - 1] == 0x29) { j -= 1 }
        return j
    }

    /// A strong promotional phrase starting at token `k`.
    static func phrase(_ t: ReviewText, _ k: Int) -> Int? {
        let n = t.tokenCount
        guard k + 1 < n, t.sameSentence(k, k + 1) else { return nil }
        let h = t.tok[k].hash, h1 = t.tok[k + 1].hash
        if h == buy && (h1 == cheap || h1 == now) { return k + 1 }
        if superlatives.contains(h) && prices.contains(h1) { return k + 1 }
        if h == click && (h1 == here || h1 == link || h1 == below) { return k + 1 }
        if h == click && k + 2 < n && h1 == WordHash.the && t.tok[k + 2].hash == link { return k + 2 }
        if codeLead.contains(h) && h1 == code { return k + 1 }
        if codeLead.contains(h) && myOur.contains(h1) && k + 2 < n && t.tok[k + 2].hash == code { return k + 2 }
        if nowLead.contains(h) && h1 == now { return k + 1 }
        if h == free && freebies.contains(h1) { return k + 1 }
        // "Follow me on instagram", "pls follow us": an order to the reader, opening its clause.
        // Not a body following the writer somewhere ("the others follow us out to the car park").
        if h == W.follow && (h1 == W.me || h1 == W.us)
            && (k == 0 || t.tok[k - 1].clause != t.tok[k].clause || t.has(k - 1, .filler))
            && !(k + 2 < n && t.sameSentence(k + 1, k + 2) && movements.contains(t.tok[k + 2].hash))
        {
            return k + 1
        }
        // An invitation to the reader, not the writer's own errand: "we tried to see our account",
        // "we tried to see our booking" (a past verb, then "to") or "I check my account daily".
        let errand = k >= 2 && t.tok[k - 1].hash == W.to && t.sameSentence(k - 2, k) && (t.isPastTense(k - 2) || t.has(k - 2, .pastForm))
        if visitWords.contains(h) && !errand && !(k >= 1 && t.sameSentence(k - 1, k) && subjects.contains(t.tok[k - 1].hash)) {
            var j = k + 1
            if j < n && t.tok[j].hash == WordHash.out { j += 1 }
            if j + 1 < n && myOur.contains(t.tok[j].hash) && ownPages.contains(t.tok[j + 1].hash) { return j + 1 }
        }
        if earn.contains(h) && moneyWords.contains(h1) && k + 2 < n && fast.contains(t.tok[k + 2].hash) { return k + 2 }
        if h == work && h1 == from && k + 2 < n && t.tok[k + 2].hash == home { return k + 2 }
        // "link in bio", "link in my bio".
        if h == link && h1 == W.in && k + 2 < n {
            let j = myOur.contains(t.tok[k + 2].hash) ? k + 3 : k + 2
            if j < n && t.tok[j].hash == bio { return j }
        }
        return nil
    }
}
