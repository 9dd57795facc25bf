/// A text read once by the engine: normalised tokens, sentences and clauses, negation scopes,
/// and every place a lexicon concept occurs. The review signals read this; the reply checks are
/// meant to read the same.
///
/// Linear in the length of the text: one tokenizing pass, one normalising pass, one pass for
/// negation and one for the lexicon's phrases (each position tries only the phrases that start
/// with its lemma).
public struct TextAnalysis: Sendable {
    /// The text's bytes, exactly as written.
    public let bytes: [UInt8]
    public private(set) var tokens: [Token] = []
    public private(set) var sentences: [TokenSpan] = []
    public private(set) var clauses: [TokenSpan] = []
    /// Every occurrence of a concept, ordered by first token (longest first at a tie).
    public private(set) var matches: [ConceptMatch] = []
    /// Per sentence: the range of `matches` that start in it.
    public private(set) var sentenceMatches: [Range<Int>] = []
    /// Per sentence: the concepts that occur in it.
    public private(set) var sentenceConcepts: [ConceptSet] = []
    /// Every concept that occurs anywhere.
    public private(set) var allConcepts = ConceptSet()

    public init(_ text: String, lexicon: TextLexicon) {
        self.init(bytes: Array(text.utf8), lexicon: lexicon)
    }

    public init(bytes: [UInt8], lexicon: TextLexicon) {
        if #available(macOS 15, *), let known = AnalysisMemo.shared.find(bytes, lexicon) {
            self = known
            return
        }
        self.init(reading: bytes, lexicon: lexicon)
        if #available(macOS 15, *) { AnalysisMemo.shared.store(self, lexicon) }
    }

    /// Reads the text (the four passes).
    private init(reading bytes: [UInt8], lexicon: TextLexicon) {
        self.bytes = bytes
        var normalizer = Normalizer(lexicon: lexicon)
        tokens = bytes.withUnsafeBufferPointer { b in
            normalizer.normalize(Tokenizer(b, isWebSuffix: { lexicon.roles($0) & TextLexicon.webSuffixRole != 0 }).tokens, b)
        }
        Negation.mark(&tokens, lexicon: lexicon)
        spans()
        findConcepts(lexicon)
    }

    /// The text of a byte range, widened to whole grapheme clusters (a token may start on a
    /// combining mark that belongs to the character before it).
    public func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[quoted(start, end)], as: UTF8.self)
    }

    /// The byte range `text(start, end)` quotes: `start..<end` widened to whole grapheme clusters.
    public func quoted(_ start: Int, _ end: Int) -> Range<Int> {
        GraphemeBounds.widen(start..<end, in: bytes)
    }

    private mutating func spans() {
        var s = -1, c = -1
        for (i, t) in tokens.enumerated() {
            Self.extend(&sentences, &s, Int(t.sentence), token: i, t)
            Self.extend(&clauses, &c, Int(t.clause), token: i, t)
        }
        // Renumber so a token's sentence and clause index `sentences` and `clauses`.
        var si = 0, ci = 0
        for i in tokens.indices {
            while sentences[si].endToken <= i { si += 1 }
            while clauses[ci].endToken <= i { ci += 1 }
            tokens[i].sentence = Int32(si)
            tokens[i].clause = Int32(ci)
        }
    }

    /// Adds token `i` to the last span, or opens a new one when its number changes.
    private static func extend(_ spans: inout [TokenSpan], _ current: inout Int, _ number: Int, token i: Int, _ t: Token) {
        if number != current {
            current = number
            spans.append(TokenSpan(firstToken: i, endToken: i + 1, start: t.start, end: t.end))
        } else {
            spans[spans.count - 1].endToken = i + 1
            spans[spans.count - 1].end = max(spans[spans.count - 1].end, t.end)
        }
    }

    private mutating func findConcepts(_ lexicon: TextLexicon) {
        matches.reserveCapacity(tokens.count / 4)
        var sentence = 0
        var set = ConceptSet()
        var first = 0
        sentenceConcepts.reserveCapacity(sentences.count)
        sentenceMatches.reserveCapacity(sentences.count)
        // The tokens and the lexicon's flat phrase tables are read through buffer pointers: no
        // reference counting per token or per phrase tried.
        let tokens = self.tokens
        tokens.withUnsafeBufferPointer { tb in
            lexicon.phraseElements.withUnsafeBufferPointer { elements in
                lexicon.phraseSpans.withUnsafeBufferPointer { spans in
                    for i in tb.indices {
                        while Int(tb[i].sentence) > sentence {
                            closeSentence(&set, &first)
                            sentence += 1
                        }
                        let t = tb[i]
                        switch t.kind {
                        case .amount: match(lexicon.phraseRange(TextHash.amount), spans, elements, at: i, tb, &set)
                        case .link: match(lexicon.phraseRange(TextHash.link), spans, elements, at: i, tb, &set)
                        default:
                            match(lexicon.phraseRange(t.lemma), spans, elements, at: i, tb, &set)
                            if t.flags.contains(.numeric) { match(lexicon.phraseRange(TextHash.number), spans, elements, at: i, tb, &set) }
                        }
                    }
                }
            }
        }
        while sentenceConcepts.count < sentences.count { closeSentence(&set, &first) }
    }

    private mutating func closeSentence(_ set: inout ConceptSet, _ first: inout Int) {
        sentenceConcepts.append(set)
        sentenceMatches.append(first..<matches.count)
        allConcepts.formUnion(set)
        set = ConceptSet()
        first = matches.count
    }

    /// Records each phrase in `range` (of the lexicon's `phraseSpans`) that matches from token `i`, within one sentence.
    @inline(__always)
    private mutating func match(
        _ range: Range<Int>, _ spans: UnsafeBufferPointer<(start: Int32, count: Int32, concept: Int32)>,
        _ elements: UnsafeBufferPointer<UInt64>, at i: Int, _ tokens: UnsafeBufferPointer<Token>, _ set: inout ConceptSet
    ) {
        if range.isEmpty { return }
        let sentence = tokens[i].sentence
        for p in range {
            let span = spans[p]
            let lower = Int(span.start)
            guard let end = Self.end(of: elements, lower + 1, lower + Int(span.count), from: i + 1, in: tokens, sentence: sentence) else { continue }
            let concept = Concept(id: Int(span.concept))
            // past if its first word is, or the word just before it in its clause ("went back up")
            let past = tokens[i].flags.contains(.past) || (i > 0 && tokens[i - 1].clause == tokens[i].clause && tokens[i - 1].flags.contains(.past))
            matches.append(ConceptMatch(concept: concept, firstToken: i, endToken: end, negated: tokens[i].flags.contains(.negated), past: past))
            set.insert(concept)
        }
    }

    /// Where the rest of a phrase (`elements[k..<stop]`) ends if it matches from token `i`, within the sentence.
    private static func end(of elements: UnsafeBufferPointer<UInt64>, _ k: Int, _ stop: Int, from i: Int, in tokens: UnsafeBufferPointer<Token>, sentence: Int32) -> Int? {
        var k = k, i = i
        while k < stop {
            let element = elements[k]
            if element == TextHash.gap {
                for skip in 0...TextHash.gapWords {
                    if let e = end(of: elements, k + 1, stop, from: i + skip, in: tokens, sentence: sentence) { return e }
                }
                return nil
            }
            guard i < tokens.count, tokens[i].sentence == sentence, matches(tokens[i], element) else { return nil }
            k += 1
            i += 1
        }
        return i
    }

    @inline(__always)
    static func matches(_ t: Token, _ element: UInt64) -> Bool {
        if t.lemma == element { return true }
        if element == TextHash.number { return t.flags.contains(.numeric) }
        return element == TextHash.amount && t.kind == .amount
    }
}

/// One place a concept occurs: its tokens, whether it is inside a negation, and whether it is in the past.
public struct ConceptMatch: Sendable, Equatable {
    public var concept: Concept
    public var firstToken: Int
    public var endToken: Int
    public var negated: Bool
    /// Whether its first word, or the word just before it, is a past form ("removed", "went back up").
    public var past: Bool
}
