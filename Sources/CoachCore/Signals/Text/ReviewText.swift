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

    // Tokens (struct of arrays, one entry per word).
    private(set) var start: [Int] = []
    private(set) var end: [Int] = []
    private(set) var hash: [UInt64] = []
    private(set) var cls: [WordClass] = []
    private(set) var shape: [Shape] = []
    private(set) var sentenceOf: [Int32] = []
    private(set) var clauseOf: [Int32] = []

    // Sentences and clauses: byte ranges and token ranges.
    private(set) var sentenceStart: [Int] = []
    private(set) var sentenceEnd: [Int] = []
    private(set) var sentenceFirstToken: [Int] = []
    private(set) var sentenceEndToken: [Int] = []
    private(set) var clauseStart: [Int] = []
    private(set) var clauseEnd: [Int] = []

    /// Runs of two or more `!` (byte ranges) and the sentence each belongs to.
    private(set) var bangRuns: [(start: Int, end: Int, sentence: Int)] = []

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

    var tokenCount: Int { start.count }
    var sentenceCount: Int { sentenceStart.count }

    init(_ review: String) {
        bytes = Array(review.utf8)
        scan(Lexicon.shared)
    }

    // MARK: scanning

    private enum Kind: UInt8 {
        case word, apostrophe, space, newline, stop, clauseBreak, separator, dash
    }

    /// The kind and byte length of the character at `i`.
    @inline(__always)
    private func kind(at i: Int) -> (Kind, Int) {
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

    private mutating func scan(_ lex: Lexicon) {
        let n = bytes.count
        start.reserveCapacity(n / 5)
        end.reserveCapacity(n / 5)
        hash.reserveCapacity(n / 5)
        cls.reserveCapacity(n / 5)
        shape.reserveCapacity(n / 5)
        sentenceOf.reserveCapacity(n / 5)
        clauseOf.reserveCapacity(n / 5)

        var sentStartByte = 0, sentTok = 0
        var clauseStartByte = 0

        var inWord = false
        var wStart = 0, h = WordHash.seed
        var upper = 0, lower = 0, digits = 0, nonASCII = false, firstUpper = false

        @inline(__always) func finishWord(_ self_: inout ReviewText, _ endByte: Int) {
            var s: Shape = []
            let letters = upper + lower
            if letters > 0 { s.insert(.hasLetter) }
            if upper > 0 && lower == 0 && digits == 0 && !nonASCII { s.insert(.allCaps) }
            if firstUpper && upper == 1 && letters >= 2 && digits == 0 { s.insert(.titleCase) }
            if digits > 0 { s.insert(.hasDigit) }
            if digits > 0 && letters == 0 && !nonASCII { s.insert(.allDigits) }
            if nonASCII { s.insert(.nonASCII) }
            self_.start.append(wStart)
            self_.end.append(endByte)
            self_.hash.append(h)
            self_.cls.append(lex.classes(of: h))
            self_.shape.append(s)
            self_.sentenceOf.append(Int32(truncatingIfNeeded: self_.sentenceStart.count))
            self_.clauseOf.append(Int32(truncatingIfNeeded: self_.clauseStart.count))
        }

        @inline(__always) func cutClause(_ self_: inout ReviewText, _ at: Int) {
            self_.clauseStart.append(clauseStartByte)
            self_.clauseEnd.append(at)
            clauseStartByte = at
        }

        @inline(__always) func cutSentence(_ self_: inout ReviewText, _ at: Int) {
            cutClause(&self_, at)
            self_.sentenceStart.append(sentStartByte)
            self_.sentenceEnd.append(at)
            self_.sentenceFirstToken.append(sentTok)
            self_.sentenceEndToken.append(self_.start.count)
            sentStartByte = at
            sentTok = self_.start.count
        }

        var i = 0
        while i < n {
            let (k, len) = kind(at: i)
            if k == .word {
                if !inWord {
                    inWord = true
                    wStart = i
                    h = WordHash.seed
                    upper = 0; lower = 0; digits = 0; nonASCII = false
                    firstUpper = false
                }
                if len == 1 {
                    let b = bytes[i]
                    if b >= 0x41 && b <= 0x5A {
                        if upper == 0 && lower == 0 && digits == 0 && !nonASCII { firstUpper = true }
                        upper += 1
                        h = WordHash.mix(h, b | 0x20)
                    } else {
                        if b >= 0x61 { lower += 1 } else if b <= 0x39 { digits += 1 } else { nonASCII = true }
                        h = WordHash.mix(h, b)
                    }
                } else {
                    nonASCII = true
                    var j = i
                    let e = min(i + len, n)
                    while j < e { h = WordHash.mix(h, bytes[j]); j += 1 }
                }
                i += len
                continue
            }
            if k == .apostrophe && inWord && i + len < n {
                let nb = bytes[i + len]
                if (nb >= 0x61 && nb <= 0x7A) || (nb >= 0x41 && nb <= 0x5A) {
                    h = WordHash.mix(h, 0x27)
                    i += len
                    continue
                }
            }
            if inWord {
                finishWord(&self, i)
                inWord = false
            }
            switch k {
            case .stop:
                // A run of . ! ? … ends a sentence when followed by a non-word character.
                var j = i, bangs = 0, runStart = i
                while j < n {
                    let (k2, l2) = kind(at: j)
                    if k2 != .stop { break }
                    if bytes[j] == 0x21 {
                        if bangs == 0 { runStart = j }
                        bangs += 1
                    } else if bangs >= 2 {
                        bangRuns.append((runStart, j, sentenceStart.count)); bangs = 0
                    } else { bangs = 0 }
                    j += l2
                }
                if bangs >= 2 { bangRuns.append((runStart, j, sentenceStart.count)) }
                let followedByWord = j < n && kind(at: j).0 == .word
                let single = j - i == 1 && bytes[i] == 0x2E
                if !(followedByWord && single) {
                    cutSentence(&self, j)
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
                    cutSentence(&self, i)
                } else {
                    cutClause(&self, i)
                }
                i += 1
            case .clauseBreak:
                cutClause(&self, i)
                i += len
            case .dash:
                // A dash between spaces is a clause break; inside a word it only separates.
                let spacedBefore = i > 0 && bytes[i - 1] == 0x20
                let spacedAfter = i + 1 < n && (bytes[i + 1] == 0x20 || bytes[i + 1] == 0x2D)
                if spacedBefore && spacedAfter { cutClause(&self, i) }
                i += len
            default:
                i += len
            }
        }
        if inWord { finishWord(&self, n) }
        cutSentence(&self, n)
    }

    // MARK: queries

    @inline(__always) func has(_ t: Int, _ c: WordClass) -> Bool {
        t >= 0 && t < cls.count && !cls[t].isDisjoint(with: c)
    }

    @inline(__always) func isWord(_ t: Int, _ w: UInt64) -> Bool {
        t >= 0 && t < hash.count && hash[t] == w
    }

    /// The byte just before token `t` (0 if none).
    @inline(__always) func byteBefore(_ t: Int) -> UInt8 {
        let s = start[t]
        return s > 0 ? bytes[s - 1] : 0
    }

    /// The byte just after token `t` (0 if none).
    @inline(__always) func byteAfter(_ t: Int) -> UInt8 {
        let e = end[t]
        return e < bytes.count ? bytes[e] : 0
    }

    /// Whether tokens `a` and `b` (a < b) are in the same sentence.
    @inline(__always) func sameSentence(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < sentenceOf.count && sentenceOf[a] == sentenceOf[b]
    }

    // MARK: quoting

    /// The longest span quoted whole; longer sentences are quoted by clause, then by a window.
    static let maxQuote = 280

    /// A signal quoting bytes `[a, b)`, trimmed of white space and kept on whole graphemes.
    func signal(_ kind: SignalKind, from a: Int, to b: Int) -> Signal? {
        var a = max(0, min(a, bytes.count)), b = max(a, min(b, bytes.count))
        while a < b, ReviewText.isTrimmable(bytes[a]) { a += 1 }
        while b > a, ReviewText.isTrimmable(bytes[b - 1]) { b -= 1 }
        // Do not leave a combining mark, joiner or variation selector behind the quote.
        while b < bytes.count, let l = ReviewText.extenderLength(bytes, b) { b += l }
        // Nor start on a continuation byte (cannot happen for valid boundaries; be safe).
        while a < b, bytes[a] & 0xC0 == 0x80 { a += 1 }
        guard a < b else { return nil }
        let text = String(decoding: bytes[a..<b], as: UTF8.self)
        return Signal(kind: kind, text: text, offset: a)
    }

    /// A signal quoting the sentence around tokens `first...last`; a clause or a window of
    /// words when the sentence is too long to quote.
    func sentenceSignal(_ kind: SignalKind, tokens first: Int, _ last: Int) -> Signal? {
        let s1 = Int(sentenceOf[first]), s2 = Int(sentenceOf[last])
        var a = sentenceStart[s1], b = sentenceEnd[s2]
        if b - a > ReviewText.maxQuote {
            let c1 = Int(clauseOf[first]), c2 = Int(clauseOf[last])
            a = clauseStart[c1]; b = clauseEnd[c2]
            if b - a > ReviewText.maxQuote {
                let lo = max(Int(sentenceFirstToken[s1]), first - 8)
                let hi = min(Int(sentenceEndToken[s2]) - 1, last + 8)
                a = max(a, start[lo]); b = min(b, end[hi])
                if b - a > ReviewText.maxQuote * 4 { a = start[first]; b = end[last] }
            }
        }
        return signal(kind, from: a, to: b)
    }

    /// A signal quoting tokens `first...last` exactly (with what lies between them).
    func tokenSignal(_ kind: SignalKind, tokens first: Int, _ last: Int) -> Signal? {
        signal(kind, from: start[first], to: end[last])
    }

    @inline(__always) static func isTrimmable(_ b: UInt8) -> Bool {
        b <= 0x20 || b == 0x7F
    }

    /// The byte length of a grapheme-extending scalar at `i` (combining marks, ZWJ, variation
    /// selectors, emoji modifiers), or nil.
    static func extenderLength(_ bytes: [UInt8], _ i: Int) -> Int? {
        let b = bytes[i], n = bytes.count
        if b == 0xCC || (b == 0xCD && i + 1 < n && bytes[i + 1] <= 0xAF) { return i + 1 < n ? 2 : nil }
        if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8D { return 3 }
        if b == 0xEF && i + 2 < n && bytes[i + 1] == 0xB8 && bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0x8F { return 3 }
        if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x83 && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0xBF { return 3 }
        if b == 0xF0 && i + 3 < n && bytes[i + 1] == 0x9F && bytes[i + 2] == 0x8F && bytes[i + 3] >= 0xBB { return 4 }
        return nil
    }
}
