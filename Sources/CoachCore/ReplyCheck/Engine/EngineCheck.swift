import CoachText

/// Runs the reply rules on the text engine: the reply is read once (`TextAnalysis`), each rule
/// that applies in the context is tried on every sentence, and a match quotes its whole
/// sentence (or the two neighbouring sentences a `neighbours` rule joined).
enum EngineCheck {
    static func spans(in reply: String, context: ReplyContext, rules: [ReplyRule] = ReplyRules.shipped,
                      lexicon: TextLexicon = ReplyVocabulary.shipped.lexicon) -> [CheckSpan] {
        let analysis = TextAnalysis(reply, lexicon: lexicon)
        var out: [CheckSpan] = []
        for rule in rules where rule.condition.holds(in: context) {
            let platforms = context.platform.map { p in rule.platforms.filter { $0 == p } } ?? rule.platforms
            if rule.code == .platformRule && platforms.isEmpty { continue }
            for s in analysis.sentences.indices {
                let sentence = analysis.sentences[s]
                guard sentence.endToken - sentence.firstToken <= rule.maxTokens,
                      !rule.questionOnly || isQuestion(analysis, s),
                      let (first, last) = match(rule, analysis, sentence: s),
                      !(first...last).contains(where: { analysis.sentenceConcepts[$0].intersects(rule.unless) }) else { continue }
                out.append(CheckSpan(rule.code, reply, analysis, sentences: first, through: last, platforms: platforms, clears: rule.clears))
            }
        }
        return out
    }

    /// Whether sentence `s` ends with a question mark (after any closing quotes or brackets).
    private static func isQuestion(_ a: TextAnalysis, _ s: Int) -> Bool {
        var i = a.sentences[s].end
        while i < a.bytes.count {
            let b = a.bytes[i]
            if b == UInt8(ascii: "?") { return true }
            guard b == UInt8(ascii: ")") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: " ") else { return false }
            i += 1
        }
        return false
    }

    /// The sentences a rule's match covers in sentence `s`, if it matches there.
    private static func match(_ rule: ReplyRule, _ a: TextAnalysis, sentence s: Int) -> (Int, Int)? {
        switch rule.shape {
        case .together(let slots):
            return slots.allSatisfy { occurs($0, a, s, rule.exception) } ? (s, s) : nil
        case .pattern(let p):
            return a.find(p, sentence: s) != nil ? (s, s) : nil
        case .neighbours(let x, let y):
            guard occurs(x, a, s, rule.exception) else { return nil }
            for t in [s, s - 1, s + 1] where t >= 0 && t < a.sentences.count && occurs(y, a, t, rule.exception) {
                return (min(s, t), max(s, t))
            }
            return nil
        }
    }

    /// Whether one of the slot's concepts occurs in sentence `s` with the slot's polarity.
    private static func occurs(_ slot: TextPattern.Slot, _ a: TextAnalysis, _ s: Int, _ exception: ReplyRule.Exception) -> Bool {
        for i in a.sentenceMatches[s] {
            let m = a.matches[i]
            guard slot.concepts.contains(m.concept), accepts(slot.polarity, m), !excluded(m, a, exception) else { continue }
            return true
        }
        return false
    }

    private static func accepts(_ polarity: TextPattern.Polarity, _ m: ConceptMatch) -> Bool {
        switch polarity {
        case .any: true
        case .affirmed: !m.negated
        case .negated: m.negated
        case .open: !m.negated && !m.past
        case .negatedPresent: m.negated && !m.past
        }
    }

    private static func excluded(_ m: ConceptMatch, _ a: TextAnalysis, _ exception: ReplyRule.Exception) -> Bool {
        switch exception {
        case .none: return false
        case .emailAddress:
            let start = a.tokens[m.firstToken].start
            return start > 0 && a.bytes[start - 1] == UInt8(ascii: "@")
        }
    }
}

extension CheckSpan {
    /// A finding that quotes the engine's sentences `first...last`, with the sentence's closing
    /// punctuation, on whole characters.
    init(_ code: FindingCode, _ reply: String, _ a: TextAnalysis, sentences first: Int, through last: Int,
         platforms: [ReviewPlatform], clears: Bool) {
        var end = a.sentences[last].end
        while end < a.bytes.count, Self.closing.contains(a.bytes[end]) { end += 1 }
        var bytes = a.quoted(a.sentences[first].start, end)
        while bytes.upperBound > bytes.lowerBound, Self.space.contains(a.bytes[bytes.upperBound - 1]) {
            bytes = bytes.lowerBound..<(bytes.upperBound - 1)
        }
        let utf8 = reply.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
        self.init(code: code, text: String(reply[lower..<upper]), start: lower, end: upper, platforms: platforms, clears: clears)
    }

    /// Bytes that close a sentence after its last word: `.`, `!`, `?`, quotes and brackets.
    private static let closing: Set<UInt8> = Set(".!?)\"'".utf8)
    private static let space: Set<UInt8> = Set(" \t\r\n".utf8)
}
