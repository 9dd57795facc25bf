import CoachText

/// A review scanned once into words, clauses and sentences, all as UTF-8 byte ranges.
///
/// The scan is a single linear pass over the bytes: ASCII letters are folded to lower case and
/// curly apostrophes to `'` while each word is hashed, so the detectors compare 64-bit hashes and
/// word-class bits, never `String`s. Sentences end at `.`, `!`, `?`, `…` followed by a space or the
/// end, at a blank line, or at a line break followed by what looks like a new line of text.
/// Clauses also end at `,`, `;`, `:`, brackets and dashes. Every boundary falls on an ASCII byte
/// or between whole scalars, so any range quoted from it is valid UTF-8.
struct ReviewText {
    /// The review's bytes, exactly as written.
    let bytes: [UInt8]

    /// One word: its byte range, hash, word classes, shape, and the sentence and clause it is in.
    /// Byte offsets are kept in 32 bits to keep the token small (40 bytes); reviews longer
    /// than 2 GiB are scanned up to that length only.
    struct Token {
        var hash: UInt64
        var cls: WordClass
        private var start32: UInt32
        private var end32: UInt32
        var sentence: Int32
        var clause: Int32
        var shape: Shape

        init(start: Int, end: Int, hash: UInt64, cls: WordClass, sentence: Int32, clause: Int32, shape: Shape) {
            self.hash = hash
            self.cls = cls
            self.start32 = UInt32(truncatingIfNeeded: start)
            self.end32 = UInt32(truncatingIfNeeded: end)
            self.sentence = sentence
            self.clause = clause
            self.shape = shape
        }

        var start: Int { Int(start32) }
        var end: Int { Int(end32) }
    }

    /// A sentence: its byte range and its tokens `firstToken..<endToken`.
    struct Sentence {
        var start: Int
        var end: Int
        var firstToken: Int
        var endToken: Int
    }

    /// A clause: its byte range.
    struct Clause {
        var start: Int
        var end: Int
    }

    private(set) var tok: [Token] = []
    /// Every word class present anywhere in the review (lets a detector skip a review early).
    private(set) var allClasses: WordClass = []
    private(set) var sentences: [Sentence] = []
    private(set) var clauses: [Clause] = []

    /// The letter-case shape of a word (ASCII letters only).
    struct Shape: OptionSet {
        let rawValue: UInt8
        static let allCaps = Shape(rawValue: 1)      // letters only, all upper case
        static let titleCase = Shape(rawValue: 2)    // first letter upper, the rest lower
        static let hasDigit = Shape(rawValue: 4)
        static let allDigits = Shape(rawValue: 8)
        static let nonASCII = Shape(rawValue: 16)
        static let hasLetter = Shape(rawValue: 32)
    }

    var tokenCount: Int { tok.count }
    var sentenceCount: Int { sentences.count }

    init(_ review: String) {
        self.init(bytes: Array(review.utf8))
    }

    /// A scan of raw UTF-8 bytes (a whole review, or one chunk of a very long one).
    init(bytes: [UInt8]) {
        self.bytes = bytes
        scan(Lexicon.shared)
    }

    // MARK: scanning

    /// What a character is to the scanner.
    private enum Kind: UInt8 {
        case word, apostrophe, space, newline, stop, clauseBreak, separator, dash
    }

    /// The kind and byte length of the character at `i`.
    @inline(__always)
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Kind, Int) {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (.word, 1)
            case 0x27: return (.apostrophe, 1)
            case 0x0A: return (.newline, 1)
            case 0x2E, 0x21, 0x3F: return (.stop, 1)
            case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D: return (.clauseBreak, 1)
            case 0x2D: return (.dash, 1)
            case 0x00...0x20, 0x7F: return (.space, 1)
            default: return (.separator, 1)
            }
        }
        let n = bytes.count
        switch b {
        case 0xC2:
            guard i + 1 < n else { return (.separator, 1) }
            return (bytes[i + 1] == 0xA0 ? .space : .separator, 2)  // NBSP, ¡ ¿ « » etc.
        case 0xC3...0xDF: return (.word, 2)
        case 0xE2:
            guard i + 2 < n else { return (.separator, n - i) }
            if bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: return (.apostrophe, 3)               // ‘ ’
                case 0x93, 0x94, 0x95: return (.clauseBreak, 3)        // – — ―
                case 0xA6: return (.stop, 3)                           // …
                case 0x80...0x8A, 0xA8, 0xA9, 0xAF: return (.space, 3)
                default: return (.separator, 3)
                }
            }
            return (.separator, 3)                                     // symbols, arrows, dingbats
        case 0xE3:
            guard i + 2 < n else { return (.separator, n - i) }
            if bytes[i + 1] == 0x80 {
                return (bytes[i + 2] == 0x82 ? .stop : .separator, 3)   // 。 and CJK punctuation
            }
            return (.word, 3)
        case 0xEF:
            guard i + 2 < n else { return (.separator, n - i) }
            if bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xBB { return (.separator, 3) }  // VS, BOM
            if bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9F) {
                return (.stop, 3)                                      // ！ ？
            }
            return (.word, 3)
        case 0xE0...0xEE: return (.word, min(3, n - i))
        case 0xF0...0xF7: return (.separator, min(4, n - i))           // emoji and other astral
        default: return (.word, 1)                                     // stray continuation byte
        }
    }

    /// Scanning state carried across the single pass (kept out of closures so it stays in registers).
    private struct WordState {
        var start = 0
        var hash = WordHash.seed
        var upper = 0, lower = 0, digits = 0
        var nonASCII = false, firstUpper = false
    }

    @inline(__always) private mutating func finishWord(_ w: WordState, _ endByte: Int, _ lex: Lexicon) {
        var s: Shape = []
        let letters = w.upper + w.lower
        if letters > 0 { s.insert(.hasLetter) }
        if w.upper > 0 && w.lower == 0 && w.digits == 0 && !w.nonASCII { s.insert(.allCaps) }
        if w.firstUpper && w.upper == 1 && letters >= 2 && w.digits == 0 { s.insert(.titleCase) }
        if w.digits > 0 { s.insert(.hasDigit) }
        if w.digits > 0 && letters == 0 && !w.nonASCII { s.insert(.allDigits) }
        if w.nonASCII { s.insert(.nonASCII) }
        let c = lex.classes(of: w.hash)
        allClasses.formUnion(c)
        tok.append(Token(
            start: w.start, end: endByte, hash: w.hash, cls: c,
            sentence: Int32(truncatingIfNeeded: sentences.count),
            clause: Int32(truncatingIfNeeded: clauses.count), shape: s))
    }

    private mutating func cutClause(_ at: Int, _ clauseStartByte: inout Int) {
        clauses.append(Clause(start: clauseStartByte, end: at))
        clauseStartByte = at
    }

    private mutating func cutSentence(_ at: Int, _ sentStartByte: inout Int, _ sentTok: inout Int, _ clauseStartByte: inout Int) {
        cutClause(at, &clauseStartByte)
        sentences.append(Sentence(start: sentStartByte, end: at, firstToken: sentTok, endToken: tok.count))
        sentStartByte = at
        sentTok = tok.count
    }

    private mutating func scan(_ lex: Lexicon) {
        // A local, immutable view of the bytes, so the loop need not reload `self.bytes` after
        // every append; the loop's own index checks keep it in bounds.
        let bytes = self.bytes
        bytes.withUnsafeBufferPointer { scan($0, lex) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ lex: Lexicon) {
        let n = min(bytes.count, Int(Int32.max))
        tok.reserveCapacity(n / 4 + 4)
        sentences.reserveCapacity(n / 48 + 2)
        clauses.reserveCapacity(n / 24 + 2)

        var sentStartByte = 0, sentTok = 0
        var clauseStartByte = 0
        var inWord = false
        var w = WordState()

        var i = 0
        while i < n {
            let b0 = bytes[i]
            // Fast path: ASCII letters and digits.
            if b0 < 0x80 {
                let lowered = b0 | 0x20
                let isLetter = lowered >= 0x61 && lowered <= 0x7A
                if isLetter || (b0 >= 0x30 && b0 <= 0x39) {
                    if !inWord {
                        inWord = true
                        w = WordState()
                        w.start = i
                        w.firstUpper = isLetter && b0 < 0x61
                    }
                    if isLetter {
                        if b0 < 0x61 { w.upper += 1 } else { w.lower += 1 }
                        w.hash = WordHash.mix(w.hash, lowered)
                    } else {
                        w.digits += 1
                        w.hash = WordHash.mix(w.hash, b0)
                    }
                    i += 1
                    continue
                }
                if b0 == 0x20 {
                    if inWord { finishWord(w, i, lex); inWord = false }
                    i += 1
                    continue
                }
            }
            let (k, len) = Self.kind(bytes, at: i)
            if k == .word {
                if !inWord {
                    inWord = true
                    w = WordState()
                    w.start = i
                }
                w.nonASCII = true
                var j = i
                let e = min(i + len, n)
                while j < e { w.hash = WordHash.mix(w.hash, bytes[j]); j += 1 }
                i = e
                continue
            }
            // A censoring asterisk inside a word ("b*tch", "f**k") is part of the word.
            if b0 == 0x2A && inWord && i + 1 < n {
                var j = i
                while j < n && bytes[j] == 0x2A { j += 1 }
                if j < n, (bytes[j] | 0x20) >= 0x61, (bytes[j] | 0x20) <= 0x7A {
                    while i < j { w.hash = WordHash.mix(w.hash, 0x2A); i += 1 }
                    continue
                }
            }
            if k == .apostrophe && inWord && i + len < n {
                let nb = bytes[i + len] | 0x20
                if nb >= 0x61 && nb <= 0x7A {
                    w.hash = WordHash.mix(w.hash, 0x27)
                    i += len
                    continue
                }
            }
            if inWord {
                finishWord(w, i, lex)
                inWord = false
            }
            switch k {
            case .stop:
                // A run of . ! ? … ends a sentence when followed by a non-word character.
                var j = i
                while j < n {
                    let (k2, l2) = Self.kind(bytes, at: j)
                    if k2 != .stop { break }
                    j += l2
                }
                let followedByWord = j < n && Self.kind(bytes, at: j).0 == .word
                let single = j - i == 1 && bytes[i] == 0x2E
                if !(followedByWord && single) {
                    cutSentence(j, &sentStartByte, &sentTok, &clauseStartByte)
                }
                i = j
            case .newline:
                // A blank line, or a line that starts like a new sentence, ends the sentence.
                var j = i + 1
                while j < n && (bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D) { j += 1 }
                if j >= n || bytes[j] == 0x0A || bytes[j] >= 0x80
                    || (bytes[j] >= 0x41 && bytes[j] <= 0x5A) || (bytes[j] >= 0x30 && bytes[j] <= 0x39)
                    || bytes[j] == 0x2D || bytes[j] == 0x2A || bytes[j] == 0x23
                {
                    cutSentence(i, &sentStartByte, &sentTok, &clauseStartByte)
                } else {
                    cutClause(i, &clauseStartByte)
                }
                i += 1
            case .clauseBreak:
                cutClause(i, &clauseStartByte)
                i += len
            case .dash:
                // A dash between spaces is a clause break; inside a word it only separates.
                let spacedBefore = i > 0 && bytes[i - 1] == 0x20
                let spacedAfter = i + 1 < n && (bytes[i + 1] == 0x20 || bytes[i + 1] == 0x2D)
                if spacedBefore && spacedAfter { cutClause(i, &clauseStartByte) }
                i += len
            default:
                i += len
            }
        }
        if inWord { finishWord(w, n, lex) }
        cutSentence(n, &sentStartByte, &sentTok, &clauseStartByte)
    }

    // MARK: queries

    @inline(__always) func has(_ t: Int, _ c: WordClass) -> Bool {
        t >= 0 && t < tok.count && !tok[t].cls.isDisjoint(with: c)
    }

    @inline(__always) func isWord(_ t: Int, _ w: UInt64) -> Bool {
        t >= 0 && t < tok.count && tok[t].hash == w
    }

    /// Whether token `t` ends in "ed" (a past tense or participle: "deleted", "removed").
    @inline(__always) func isPastTense(_ t: Int) -> Bool {
        let e = tok[t].end
        return e - tok[t].start >= 4 && bytes[e - 1] | 0x20 == 0x64 && bytes[e - 2] | 0x20 == 0x65
    }

    /// The byte just before token `t` (0 if none).
    @inline(__always) func byteBefore(_ t: Int) -> UInt8 {
        let s = tok[t].start
        return s > 0 ? bytes[s - 1] : 0
    }

    /// The byte just after token `t` (0 if none).
    @inline(__always) func byteAfter(_ t: Int) -> UInt8 {
        let e = tok[t].end
        return e < bytes.count ? bytes[e] : 0
    }

    /// Whether tokens `a` and `b` (a < b) are in the same sentence.
    @inline(__always) func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tok.count && tok[a].sentence == tok[b].sentence
    }

    // MARK: quoting

    /// The longest span quoted whole; longer sentences are quoted by clause, then by a window.
    static let maxQuote = 280

    /// A signal quoting bytes `[a, b)`, trimmed of white space and kept on whole graphemes.
    func signal(_ kind: SignalKind, from a: Int, to b: Int) -> Signal? {
        var a = max(0, min(a, bytes.count)), b = max(a, min(b, bytes.count))
        while a < b, ReviewText.isTrimmable(bytes[a]) { a += 1 }
        while b > a, ReviewText.isTrimmable(bytes[b - 1]) { b -= 1 }
        // Start on a continuation byte (cannot happen for valid boundaries; be safe).
        while a < b, bytes[a] & 0xC0 == 0x80 { a += 1 }
        guard a < b else { return nil }
        // Neither start on a combining mark, joiner or variation selector nor leave one behind.
        let whole = GraphemeBounds.widen(a..<b, in: bytes)
        a = whole.lowerBound; b = whole.upperBound
        let text = String(decoding: bytes[a..<b], as: UTF8.self)
        return Signal(kind: kind, text: text, offset: a)
    }

    /// A signal quoting the sentence around tokens `first...last`; a clause or a window of
    /// words when the sentence is too long to quote.
    func sentenceSignal(_ kind: SignalKind, tokens first: Int, _ last: Int) -> Signal? {
        let s1 = Int(tok[first].sentence), s2 = Int(tok[last].sentence)
        var a = sentences[s1].start, b = sentences[s2].end
        if b - a > ReviewText.maxQuote {
            let c1 = Int(tok[first].clause), c2 = Int(tok[last].clause)
            a = clauses[c1].start; b = clauses[c2].end
            if b - a > ReviewText.maxQuote {
                let lo = max(Int(sentences[s1].firstToken), first - 8)
                let hi = min(Int(sentences[s2].endToken) - 1, last + 8)
                a = max(a, tok[lo].start); b = min(b, tok[hi].end)
                if b - a > ReviewText.maxQuote * 4 { a = tok[first].start; b = tok[last].end }
            }
        }
        return signal(kind, from: a, to: b)
    }

    /// A signal quoting tokens `first...last` exactly (with what lies between them).
    func tokenSignal(_ kind: SignalKind, tokens first: Int, _ last: Int) -> Signal? {
        signal(kind, from: tok[first].start, to: tok[last].end)
    }

    @inline(__always) static func isTrimmable(_ b: UInt8) -> Bool {
        b <= 0x20 || b == 0x7F
    }
}
