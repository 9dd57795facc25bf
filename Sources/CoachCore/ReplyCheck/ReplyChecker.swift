/// Checks a drafted public reply for the mistakes that make things worse. Pure and deterministic.
///
/// Each mistake has its own check (one file each, all working on the shared `ReplyText` model).
/// A finding quotes the exact span of the reply it is about: the sentence, or two neighbouring
/// sentences when the mistake spans them ("Sorry. However, ..."), or the run of sentences holding
/// the excuses for `over_explaining`. Findings come in the order their spans start; the same code
/// quoting the same text is reported once. Any string is accepted: empty, NUL bytes, lone
/// combining marks, a megabyte without a full stop.
public enum ReplyChecker {
    /// Every mistake found, in the order they appear in the reply, with no context (every
    /// platform's rules apply).
    public static func check(_ reply: String) -> [Finding] {
        check(reply, context: ReplyContext())
    }

    /// Every mistake found, in the order they appear in the reply, for the situation in `context`.
    public static func check(_ reply: String, context: ReplyContext) -> [Finding] {
        let text = ReplyText(reply)
        guard !text.tokens.isEmpty else { return [] }
        var spans: [CheckSpan] = []
        spans += ReviewIncentiveCheck.spans(in: text)
        spans += DeflectingButCheck.spans(in: text)
        spans += BlamesCustomerCheck.spans(in: text)
        spans += OverExplainingCheck.spans(in: text)
        spans += PrivateDetailsCheck.spans(in: text)
        spans += HostileToneCheck.spans(in: text)
        spans += EngineCheck.spans(in: reply, context: context)
        let order = Dictionary(uniqueKeysWithValues: FindingCode.allCases.enumerated().map { ($1, $0) })
        let sorted = spans.enumerated().sorted { a, b in
            if a.element.start != b.element.start { return a.element.start < b.element.start }
            let oa = order[a.element.code] ?? 0, ob = order[b.element.code] ?? 0
            if oa != ob { return oa < ob }
            return a.offset < b.offset
        }
        let kept = FindingOverlap.resolve(sorted.map(\.element))
        return kept.map { Finding(code: $0.code, text: $0.text, platforms: $0.platforms) }
    }
}

/// A finding before ordering: the code, the quoted text and where it starts and ends in the reply.
struct CheckSpan: Sendable {
    let code: FindingCode
    let text: String
    let start: String.Index
    let end: String.Index
    /// For `platform_rule`: the platforms whose rule it breaks.
    let platforms: [ReviewPlatform]
    /// Not a finding: it withdraws `code` from the words it covers.
    let clears: Bool

    init(code: FindingCode, text: String, start: String.Index, end: String.Index, platforms: [ReviewPlatform] = [], clears: Bool = false) {
        self.code = code
        self.text = text
        self.start = start
        self.end = end
        self.platforms = platforms
        self.clears = clears
    }

    /// A finding that quotes whole sentences `first...last`.
    init(_ code: FindingCode, _ text: ReplyText, sentences first: Int, through last: Int) {
        let quoted = text.span(sentences: first, through: last)
        let start = text.start(of: first)
        self.init(code: code, text: quoted, start: start, end: text.source.utf8.index(start, offsetBy: quoted.utf8.count))
    }

    /// A finding that quotes one sentence.
    init(_ code: FindingCode, _ text: ReplyText, sentence: Int) {
        self.init(code, text, sentences: sentence, through: sentence)
    }
}

/// Word families several checks share.
enum ReplyLexicon {
    /// Words that negate what follows them in a clause.
    static let negations: Set<String> = [
        "no", "not", "never", "don't", "dont", "doesn't", "didn't", "won't", "wouldn't", "cannot", "can't",
        "cant", "unable", "isn't", "aren't", "wasn't", "weren't", "shouldn't", "couldn't", "needn't", "nor",
        "without", "neither",
    ]

    /// Words by which the business speaks of itself.
    static let ourWords: Set<String> = [
        "us", "me", "our", "my", "ours", "we", "we're", "we've", "we'll", "we'd", "i", "i'm", "i've", "i'll", "i'd",
    ]

    /// Whether a negation word occurs in the `window` words before `index`, within the same clause.
    static func negated(_ words: [ReplyWord], before index: Int, window: Int, stopAtConjunctions: Bool = false) -> Bool {
        var k = index
        var seen = 0
        while k > 0 && seen < window {
            if words[k].breakBefore { return false }
            k -= 1
            seen += 1
            if negations.contains(words[k].norm) { return true }
            if stopAtConjunctions && conjunctions.contains(words[k].norm) { return false }
        }
        return false
    }

    /// Words that start a new clause: a negation before them does not reach past them.
    static let conjunctions: Set<String> = ["and", "but", "or", "so", "because", "if", "unless", "then", "until", "otherwise"]

    /// Whether any of the words occurs in the sentence.
    static func has(_ words: [ReplyWord], _ set: Set<String>) -> Bool {
        words.contains { set.contains($0.norm) }
    }
}
