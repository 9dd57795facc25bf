/// `hostile_tone` (P1, P4): words that attack the writer instead of answering them: liar, fake,
/// troll, insults, mockery ("what a joke", "nice try", "lol", ", genius"), "you're obviously...",
/// shouting in capitals (two or more ALL-CAPS words of three or more letters in a row, or one
/// shouted word such as "LIAR" or "NEVER"), runs of "!!", "??" or "?!", and mocking emoji.
///
/// Also sarcasm ("we'll treasure it", "what a surprise", "another expert", "congratulations on your
/// first review") and calm contradiction that calls the customer a liar ("our CCTV shows you left
/// happy", "that is simply not what happened", "this review is false", "we both know").
///
/// Not hostile: "It's ridiculous that you had to wait an hour" (aimed at our failure), "the
/// responsibility lies with us", "feel free", a member of staff called Karen, "COVID" or "BBQ",
/// "this should never have happened", "what a shock that must have been", warm capitals ("THANK YOU")
/// or an apology's "!!".
enum HostileToneCheck {
    /// How a cue is confirmed: always, or only when aimed at the writer.
    enum Kind: Sendable {
        case always, alone, onlyOne, notForYou, opening, joke, lie, fake, fraud, vocative, karen, obviously, aimedAdjective, entitled, dumb
        /// Insinuating openers, at the start of a sentence: "Interesting that you only complained after...".
        case insinuation
        /// Flat denial of the customer's account, calm but calling them a liar: "This didn't happen",
        /// "That isn't true". Not "this should never have happened" or "it won't happen again".
        case denial
        /// "That isn't true", "not accurate", said of the review or the account.
        case untrue
        /// Evidence produced against the customer: "our CCTV shows you", "your account doesn't match the footage".
        case evidence
        /// "You seemed perfectly happy", "you left smiling": the complaint is doubted.
        case seemedHappy
        /// "You have no idea what good coffee tastes like"; "no idea how sorry we are" is kind.
        case noIdea
        /// "And you know it"; "we'll let you know it's ready" is not.
        case youKnowIt
        /// Mock surprise, gratitude or praise: "What a surprise", "we'll treasure it", "congratulations on
        /// your first review". Not in a sentence that apologises or empathises ("what a shock that must have been").
        case mock
        /// "This review is false": said of the review, calmly, with no apology.
        case falseClaim
        /// "If you say it was cold, it must have been": mock agreement.
        case ifYouSay
    }

    /// Every cue: the loud ones here, the quiet ones (sarcasm, calm denial) in `QuietHostility.swift`.
    static let table: [(Kind, String)] = loudTable + quietTable

    static let loudTable: [(Kind, String)] = [
        (.lie, "liar|liars|lying|lie|lies|lied|lier"),
        (.fake, "fake|fakes|faker|fakery|phony|phoney"),
        (.always, "troll|trolls|trolling|trolled|trolly"),
        (.fraud, "fraud|fraudster|fraudsters|fraudulent|scammer|scammers|scam|scamming|grifter|freeloader|freeloaders|chancer|chancers|blagger"),
        (.always, "con artist|artists|man|men"),
        (.always, "idiot|idiots|idiotic|stupid|stupidity|moron|morons|moronic|dimwit|imbecile|cretin|loser|losers|pathetic|clueless|ignorant|delusional|deluded|psycho|nutcase|lunatic|crybaby|whiner|whiners|whinger|whingers|whining|whinging|moaner|halfwit|buffoon|dickhead|twat|muppet|numpty|pillock|plonker|wanker|scumbag|lowlife"),
        (.dumb, "dumb|dumbest|dumber"),
        (.entitled, "entitled"),
        (.karen, "karen|karens"),
        (.always, "fuck*|shit|shits|shitty|bullshit|bs|crap|crappy|bitch|bitchy|bastard|asshole|arsehole|ass|arse|wtf|piss|pissed|bollocks|goddamn|dammit|stfu|gtfo"),
        (.always, "lol|lmao|lmfao|rofl|smh|haha|hahaha|hahahaha|lolol|hah|ha-ha|pfft|meh"),
        (.always, "what a|an ~1 joke|farce|clown|liar|loser|idiot|nerve|cheek"),
        (.joke, "a|absolute|complete|total|utter joke"),
        (.always, "joke of a"),
        (.always, "nice try"),
        (.always, "nice|good attempt"),
        (.always, "thanks|thank+you for nothing"),
        (.always, "got|get what you paid for"),
        (.always, "customer|customers|guest|guests|client|clients is|are|isn't|aren't ?not always right"),
        (.always, "good luck finding|getting"),
        (.always, "won't|will+not|wouldn't ~1 miss you"),
        (.always, "face|suffer the consequences"),
        (.onlyOne, "you're|you+are|you+were ~1 the only|first ~1 one|person|customer|guest|client|diner|patient|reviewer"),
        (.notForYou, "perhaps|maybe|clearly|obviously ~4 isn't|is|aren't|are|wasn't|were ?not ~2 for you"),
        (.alone, "whatever|wow|riiight|k|sure"),
        (.always, "ok|okay boomer"),
        (.always, "stop ~1 harassing|lying|spreading|attacking|bullying|whining|moaning|trolling"),
        (.always, "harassing|harassed us|our"),
        (.always, "fishing|angling for"),
        (.always, "looking|after|want|wanted|wanting|trying ~3 freebie|freebies|handout|handouts"),
        (.always, "something for nothing|free"),
        (.opening, "yeah|yea right"),
        (.opening, "sure you did|were|do|are|have"),
        (.opening, "oh please"),
        (.always, "give me|us a break"),
        (.always, "get real|over"),
        (.always, "get a life|grip"),
        (.always, "grow up"),
        (.always, "cry me a river"),
        (.always, "boo hoo|boohoo|boo-hoo"),
        (.always, "bless your heart"),
        (.always, "try harder"),
        (.always, "if you say so"),
        (.always, "good luck with that"),
        (.always, "news flash|newsflash"),
        (.always, "spare us|me the"),
        (.always, "how dare"),
        (.always, "shame on you"),
        (.always, "good riddance"),
        (.always, "don't|do+not ~1 bother ~1 coming|come|returning|reviewing|visiting"),
        (.always, "please|just don't|do+not|never come|return ?back"),
        (.always, "you're|you ~2 not welcome|banned|barred"),
        (.always, "banned|barred from|for life"),
        (.always, "take ~1 business|custom|money|complaints elsewhere"),
        (.always, "go elsewhere"),
        (.always, "we|i don't|do+not ~1 need|want ~1 customers|guests|people|clients|your|you"),
        (.always, "customers|people|guests|clients|folks like you|yourself"),
        (.always, "the likes of you"),
        (.always, "you people"),
        (.always, "with all due respect"),
        (.always, "learn ?how to read"),
        (.always, "can't|cannot|can you ~1 read"),
        (.always, "we|i know who|where you ~1 are|live|work"),
        (.always, "sour grapes"),
        (.always, "get your facts straight|right"),
        (.always, "what planet"),
        (.always, "don't let the door"),
        (.always, "go|eat|shop|stay|try ~1 somewhere|someplace|elsewhere ?else then"),
        (.always, "somewhere|someplace else then"),
        (.always, "somewhere|someplace|elsewhere ?else cheaper"),
        (.always, "funny how"),
        (.always, "never|ever happy|satisfied"),
        (.always, "love|loves|like|likes to complain|moan|whinge|whine"),
        (.always, "typical ~1 customer|reviewer|review|complainer|moaner"),
        (.always, "complete|utter|total|absolute|pure|utterly|completely|totally|absolutely nonsense|rubbish|garbage|fiction|lies|fabrication|fabricated|drivel|bs|bullshit|joke|rot|tosh|twaddle|made"),
        (.always, "nonsense|drivel|hogwash|balderdash|poppycock|codswallop|tosh|twaddle|hokum"),
        (.always, "you|you've|you're ?just|clearly|obviously|simply|totally|completely|have|are made|making|make ~1 it|this|that|things|stuff|everything|stories|all ?all|this up"),
        (.always, "made up ~1 story|stories|review|claims|claim|complaint|nonsense|lies"),
        (.always, "you|you're|you've|you've|your ~2 exaggerat*"),
        (.always, "exaggerated ~1 claims|review|story|complaint|rant"),
        (.always, "you|you're|you've ~3 competitor|competitors|rival"),
        (.always, "you|you're ~2 jealous|bitter|envious|petty|childish|vindictive|spiteful|unhinged|hysterical|delusional|insane|nuts|paranoid|dishonest|ridiculous|absurd|hilarious|laughable|ungrateful|stingy|disgrace|embarrassment|menace|nightmare|clown|jerk|prick|snowflake|fool"),
        (.always, "your ~1 rant|tantrum|ranting|whining|moaning|lies|fantasy|fantasies|imagination"),
        (.vocative, "genius|einstein|sherlock|buddy|pal|champ|sweetheart|sweetie|darling|hun|honey|princess|sunshine|chief|missy|sweetpea|pumpkin|kiddo|sport|smartypants|bud|dear"),
        (.obviously, "you|you're|you've ~1 obviously|clearly|evidently"),
        (.obviously, "obviously|clearly|evidently you|you're|you've"),
        (.aimedAdjective, "ridiculous|absurd|laughable|rubbish|garbage|trash|bogus|baseless|outrageous|hilarious|silly|childish|petty|pitiful|vindictive|malicious|spiteful|unhinged|hysterical|untrue|fabricated|fictional|fictitious|dishonest|pathetic|unfounded|ludicrous|preposterous|unbelievable|laughable|vile|disgusting|despicable|shameful|appalling|disgraceful"),
    ]

    static let phrases = PhraseSet(table.map(\.1))

    /// Nouns that point an adjective at the review: "ridiculous review", "your claims are absurd".
    static let reviewNouns: Set<String> = [
        "review", "reviews", "claim", "claims", "complaint", "complaints", "comment", "comments", "story", "stories",
        "post", "accusation", "accusations", "allegation", "allegations", "rant", "version", "account", "feedback",
        "words", "statement", "statements", "remarks", "behaviour", "behavior", "attitude", "this", "that", "that's",
        "this's", "it's", "which",
    ]

    /// Words that aim "ridiculous" at our own failure: "ridiculous that you had to wait".
    static let empathicAfter: Set<String> = [
        "that", "how", "you", "to", "for", "we", "wait", "waiting", "delay", "charge", "price", "service", "treatment",
        "experience", "standard", "standards", "food", "hygiene", "customer", "mistake", "error", "failure", "way",
        "state", "condition", "behaviour", "behavior", "response", "reply", "communication", "mess",
    ]

    static let empathyWords: Set<String> = [
        "sorry", "apologize", "apologise", "apologies", "upset", "frustrated", "disappointed", "disappointing",
        "experience", "unhappy", "annoyed", "let", "deserved", "understand", "understandably", "bad", "poor", "awful",
        "terrible", "rough", "tough", "difficult", "unpleasant", "horrible", "stressful", "hard", "wrong",
    ]

    static let acronyms: Set<String> = [
        "usa", "uk", "nhs", "bbq", "vip", "faq", "faqs", "atm", "ceo", "gps", "dvd", "hvac", "asap", "covid", "lgbt",
        "lgbtq", "usb", "wifi", "pdf", "diy", "mot", "vat", "rsvp", "aka", "fyi", "btw", "gmt", "est", "pst", "bst",
        "mph", "kph", "sms", "url", "www", "com", "api", "ios", "nfc", "pin", "gbp", "usd", "eur", "aud", "cad", "hmrc",
        "irs", "fda", "nyc", "ltd", "llc", "inc", "plc", "tba", "tbc", "tbd", "eta", "rrp", "msrp", "cctv", "ada",
        "hr", "pto", "pos", "sku", "ups", "dhl", "fedex", "usps", "qr", "bnb", "airbnb", "b&b", "spa", "mri", "gp",
        "ae", "icu", "er", "ent", "dvla", "mot", "aa", "rac", "abs", "ac", "dc", "tv", "am", "pm", "ps", "nb", "ok",
    ]

    /// Single words that are shouting when written in capitals.
    static let shoutWords: Set<String> = [
        "not", "never", "liar", "liars", "lie", "lies", "lying", "lied", "fake", "troll", "nothing", "nobody", "none",
        "always", "every", "wrong", "read", "clearly", "obviously", "stop", "didn't", "don't", "won't", "can't",
        "wasn't", "weren't", "any", "only", "zero", "really", "true", "false", "rude", "stupid", "idiot", "ridiculous",
        "pathetic", "joke", "nonsense", "shame", "fault", "your", "you", "ever", "untrue", "absolutely",
        "completely", "totally", "refuse", "must", "told", "twice", "warned", "lazy", "rubbish", "disgusting",
        "fraud", "scam", "lies", "unacceptable", "outrageous", "insane", "crazy", "seriously", "honestly", "wow",
        "worst", "terrible", "awful", "liar", "fake", "stop", "rude", "dare", "how", "why", "what",
    ]

    static let mockingEmoji: Set<Unicode.Scalar> = [
        "\u{1F644}", "\u{1F921}", "\u{1F595}", "\u{1F4A9}", "\u{1F602}", "\u{1F923}", "\u{1F612}", "\u{1F926}",
        "\u{1F937}", "\u{1F60F}", "\u{1F624}", "\u{1F92C}", "\u{1F92A}", "\u{1F643}",
    ]

    static func spans(in text: ReplyText) -> [CheckSpan] {
        text.sentences.compactMap { s in
            isHostile(s, text) ? CheckSpan(.hostileTone, text, sentence: s.index) : nil
        }
    }

    static func isHostile(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        shouts(s, text) || punctuates(s, text) || words(s, text)
    }

    /// Capitals: two ALL-CAPS words of 3+ letters in a row, or one shouted word.
    static func shouts(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let w = s.words
        var i = 0
        while i < w.count {
            let t = text.tokens[w[i].token]
            guard t.isAllCaps && t.letterCount >= 3 && !acronyms.contains(w[i].norm) else { i += 1; continue }
            if shoutWords.contains(w[i].norm), !warmRun(w, i, text) { return true }
            // A run of capitalised words: shouting, unless it is a name ("the team at THE OLD MILL").
            var j = i + 1
            while j < w.count, text.tokens[w[j].token].isAllCaps, text.tokens[w[j].token].letterCount >= 1 {
                if shoutWords.contains(w[j].norm), !warmRun(w, i, text) { return true }
                j += 1
            }
            // "THANK YOU", "SO SORRY", "WELCOME BACK": capitals of warmth, not shouting.
            if w[i..<j].contains(where: { warmWords.contains($0.norm) }) { i = j; continue }
            let capsWords = w[i..<j].filter { text.tokens[$0.token].letterCount >= 3 && !acronyms.contains($0.norm) }.count
            if capsWords >= 2 && !isName(w, i, j) { return true }
            i = j
        }
        return false
    }

    /// Words that make capitals or "!!" warm rather than angry: "THANK YOU", "so sorry!!".
    static let warmWords: Set<String> = [
        "thank", "thanks", "sorry", "apologise", "apologize", "apologies", "love", "welcome", "appreciate", "grateful",
        "glad", "delighted", "hope", "congratulations", "soon", "xx", "x",
    ]

    /// Whether the run of capitals starting at `i` holds a warm word.
    private static func warmRun(_ w: [ReplyWord], _ i: Int, _ text: ReplyText) -> Bool {
        var j = i
        while j < w.count, text.tokens[w[j].token].isAllCaps {
            if warmWords.contains(w[j].norm) { return true }
            j += 1
        }
        return false
    }

    /// Words before or after a run of capitals that show it is a business or place name.
    static let nameBefore: Set<String> = ["at", "from", "of", "visiting", "choosing", "chose", "to", "with", "in", "team", "welcome"]
    static let nameAfter: Set<String> = ["team", "staff", "family", "crew", "management", "restaurant", "hotel", "cafe", "bar", "shop", "store"]

    private static func isName(_ w: [ReplyWord], _ i: Int, _ j: Int) -> Bool {
        if i > 0, !w[i].breakBefore, nameBefore.contains(w[i - 1].norm) { return true }
        if j < w.count, !w[j].breakBefore, nameAfter.contains(w[j].norm) { return true }
        return false
    }

    /// "!!", "!!!", "?!", "!?" and mocking emoji.
    static func punctuates(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        // "So sorry about your experience!!": an apologising sentence may be excited; "?!" still counts,
        // and so does "Thanks for the feedback!!", which reads as curt.
        let warm = s.words.contains { warmWords.contains($0.norm) && !["thank", "thanks"].contains($0.norm) }
        var prevBang = false, prevQ = false
        for k in s.tokenRange {
            let t = text.tokens[k]
            let bang = t.norm == "!" || t.norm == "\u{FF01}" || t.norm == "\u{203C}"
            let q = t.norm == "?"
            if t.norm == "\u{203C}" || t.norm == "\u{2049}" || t.norm == "\u{2048}" { return true }
            if bang && !t.spaceBefore && (prevQ || (prevBang && !warm)) { return true }
            if q && !t.spaceBefore && (prevBang || prevQ) { return true }
            prevBang = bang
            prevQ = q
            if t.kind == .symbol, let first = t.norm.unicodeScalars.first, mockingEmoji.contains(first) { return true }
        }
        return false
    }

    static func words(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let w = s.words
        // "Seriously?" on its own is sarcasm.
        for (i, word) in w.enumerated() where word.norm == "seriously" || word.norm == "really" {
            let k = word.token
            if k + 1 < s.tokenRange.upperBound, text.tokens[k + 1].norm == "?", i == 0 || word.norm == "seriously" { return true }
        }
        if Needling.needles(w) { return true }
        let matches = phrases.matches(in: w)
        guard !matches.isEmpty else { return false }
        let context = SentenceContext(
            apologises: w.contains { ["sorry", "apologize", "apologise", "apologies"].contains($0.norm) },
            empathises: w.contains { empathyWords.contains($0.norm) },
            blames: BlamesCustomerCheck.blames(w))
        for m in matches where accept(m, w, context) { return true }
        return false
    }

    /// What a sentence as a whole says, worked out once per sentence.
    struct SentenceContext { let apologises: Bool; let empathises: Bool; let blames: Bool }

    private static func accept(_ m: PhraseMatch, _ w: [ReplyWord], _ context: SentenceContext) -> Bool {
        let kind = table[m.phrase].0
        let word = w[m.start].norm
        let next = m.end < w.count ? w[m.end].norm : ""
        let prev = m.start > 0 ? w[m.start - 1].norm : ""
        let nextBreak = m.end >= w.count || w[m.end].breakBefore
        switch kind {
        case .always:
            return true
        case .onlyOne:
            // "You're the only customer who has ever complained": dismissing the complaint. "Thank you,
            // you're the first guest to mention it" is gratitude.
            if w.contains(where: { warmWords.contains($0.norm) }) { return false }
            return w[m.end...].contains { $0.norm.hasPrefix("complain") || ["issue", "issues", "problem", "problems", "unhappy", "moaned", "raised", "raise", "mentioned", "mention", "noticed", "reported", "found"].contains($0.norm) }
        case .notForYou:
            // "Perhaps fine dining isn't for you"; "sorry the dish wasn't for you" is kind.
            return !context.apologises
        case .alone:
            // "Whatever." as a whole sentence.
            return m.start == 0 && m.end == w.count
        case .opening:
            // "Sure you did." mocks; "I'm sure you did your best" does not.
            return m.start == 0 || ["oh", "yeah", "yes", "ah", "riiight", "right"].contains(prev)
        case .joke:
            // "It's no joke to us", "not a joke": the words are not aimed at the writer.
            return !ReplyLexicon.negated(w, before: m.start, window: 2)
        case .lie:
            // "lie down", "the responsibility lies with us", "lying awake": not about honesty.
            return !["down", "around", "on", "in", "there", "flat", "awake", "with", "ahead", "behind", "within", "at",
                     "back", "low", "still"].contains(next)
        case .fake:
            return !["leather", "fur", "plant", "plants", "flowers", "flower", "tan", "grass", "snow", "candles", "candle",
                     "fire", "wood", "marble", "tree", "trees", "eyelashes", "lashes", "nails"].contains(next)
        case .fraud:
            if ["team", "department", "check", "checks", "detection", "prevention", "protection", "alert", "alerts", "squad",
                "charge", "charges", "transaction", "transactions", "activity", "payment", "payments", "email", "emails",
                "call", "calls", "text", "texts", "site", "website", "websites", "warning", "warnings", "attempt", "attempts",
                "card", "cards", "ring", "victim", "victims", "seriously", "very", "investigation", "investigators"].contains(next) {
                return false
            }
            return true
        case .vocative:
            // ", genius." or "Honey, ..." only: the word stands alone as a form of address.
            let before = m.start == 0 || w[m.start].breakBefore
            return before && nextBreak && !(word == "dear" && m.start == 0)
        case .karen:
            return word == "karens" || ["a", "typical", "such", "total", "classic", "real", "another", "proper", "full"].contains(prev)
        case .entitled:
            return next != "to"
        case .dumb:
            return !["waiter", "waiters", "luck"].contains(next)
        case .obviously:
            // "you clearly didn't read" is blame, handled by BlamesCustomerCheck; empathy and gratitude
            // ("you clearly care about this place, and we're grateful") are fine.
            return !context.blames && !context.empathises && !w.contains { warmWords.contains($0.norm) }
        case .insinuation, .denial, .untrue, .evidence, .ifYouSay, .falseClaim, .mock, .seemedHappy, .noIdea, .youKnowIt:
            return acceptQuiet(kind, m, w, context)
        case .aimedAdjective:
            if empathicAfter.contains(next) { return false }
            let lo = max(0, m.start - 5), hi = min(w.count, m.end + 2)
            let before = w[lo..<m.start].map(\.norm)
            let after = w[m.end..<hi].map(\.norm)
            if context.apologises { return false }
            if before.contains(where: { reviewNouns.contains($0) }) || after.contains(where: { reviewNouns.contains($0) }) {
                return true
            }
            if before.contains(where: { ["you", "you're", "you've"].contains($0) }) { return true }
            return m.start == 0 && nextBreak
        }
    }
}
