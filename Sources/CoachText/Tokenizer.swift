/// Cuts UTF-8 text into word, number, currency and link tokens, and numbers the sentence and the
/// clause of each, in one linear pass with no per-token allocation.
///
/// Sentences end at `.`, `!`, `?`, `…` (not inside a number or a web address), at a blank line,
/// and at a line break unless the next line goes on in lower case. Clauses also end at `,`
/// (not between digits), `;`, `:`, brackets and dashes. A hyphen between letters only separates
/// words ("write-up" is `write` `up`). Curly apostrophes count as `'`; asterisks inside a word
/// mask letters ("b*tch" is one word).
struct Tokenizer {
    /// One token before normalisation: its bytes and what the tokenizer saw.
    struct Raw {
        var start: Int
        var end: Int
        var kind: Token.Kind
        var flags: Token.Flags
        var sentence: Int32
        var clause: Int32
        var hasApostrophe: Bool
    }

    private(set) var tokens: [Raw] = []
    private var sentence: Int32 = 0
    private var clause: Int32 = 0
    private var sentenceHasToken = false
    private var clauseHasToken = false

    /// Whether a word (hash of its folded bytes) may end a web address ("com", "ly").
    private let isWebSuffix: (UInt64) -> Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, isWebSuffix: @escaping (UInt64) -> Bool) {
        self.isWebSuffix = isWebSuffix
        tokens.reserveCapacity(bytes.count / 5 + 4)
        scan(bytes)
    }

    private enum Class { case letter, digit, apostrophe, space, newline, stop, clause, hyphen, dot, comma, currency, other }

    @inline(__always)
    private static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Class, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x27: return (.apostrophe, 1)
            case 0x0A: return (.newline, 1)
            case 0x2E: return (.dot, 1)
            case 0x2C: return (.comma, 1)
            case 0x21, 0x3F: return (.stop, 1)
            case 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D: return (.clause, 1)
            case 0x2D: return (.hyphen, 1)
            case 0x24: return (.currency, 1)
            case 0x00...0x20, 0x7F: return (.space, 1)
            default: return (.other, 1)
            }
        }
        let n = b.count
        switch c {
        case 0xC2:
            guard i + 1 < n else { return (.other, 1) }
            switch b[i + 1] {
            case 0xA0: return (.space, 2)
            case 0xA3, 0xA5: return (.currency, 2)              // £ ¥
            default: return (.other, 2)
            }
        case 0xC3...0xDF: return (.letter, 2)
        case 0xE2:
            guard i + 2 < n else { return (.other, n - i) }
            if b[i + 1] == 0x80 {
                switch b[i + 2] {
                case 0x98, 0x99: return (.apostrophe, 3)          // ‘ ’
                case 0x93, 0x94, 0x95: return (.clause, 3)        // – — ―
                case 0xA6: return (.stop, 3)                      // …
                case 0x80...0x8A, 0xA8, 0xA9, 0xAF: return (.space, 3)
                default: return (.other, 3)
                }
            }
            if b[i + 1] == 0x82 && b[i + 2] == 0xAC { return (.currency, 3) }  // €
            return (.other, 3)
        case 0xE0...0xEF: return (.letter, min(3, n - i))
        case 0xF0...0xF7: return (.other, min(4, n - i))
        default: return (.other, 1)
        }
    }

    private mutating func endClause() {
        if clauseHasToken { clause += 1; clauseHasToken = false }
    }

    private mutating func endSentence() {
        endClause()
        if sentenceHasToken { sentence += 1; sentenceHasToken = false }
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        var i = 0
        while i < n {
            if b[i] == 0x20 { i += 1; continue }  // fast path: a plain space
            let (cls, len) = Self.classify(b, i)
            switch cls {
            case .letter, .digit:
                i = word(b, from: i)
            case .currency:
                append(Raw(start: i, end: i + len, kind: .currency, flags: [], sentence: sentence, clause: clause, hasApostrophe: false))
                i += len
            case .stop:
                var j = i + len
                while j < n {
                    let (c, l) = Self.classify(b, j)
                    guard c == .stop || c == .dot else { break }
                    j += l
                }
                endSentence()
                i = j
            case .dot:
                // A dot ends a sentence unless a word goes on right after it ("bit.ly" is read in `word`).
                endSentence()
                i += len
            case .newline:
                var j = i + 1
                var blank = false
                while j < n, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D || b[j] == 0x0A {
                    if b[j] == 0x0A { blank = true }
                    j += 1
                }
                if blank || j >= n || !(b[j] >= 0x61 && b[j] <= 0x7A) { endSentence() }
                i = j
            case .clause, .comma:
                endClause()
                i += len
            case .hyphen:
                // A spaced or doubled dash breaks the clause; a hyphen inside a word only separates.
                let joined = i > 0 && i + 1 < n && Self.isWordByte(b[i - 1]) && Self.isWordByte(b[i + 1])
                if !joined { endClause() }
                i += len
            case .apostrophe, .space, .other:
                i += len
            }
        }
    }

    @inline(__always)
    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
    }

    @inline(__always)
    private mutating func append(_ raw: Raw) {
        tokens.append(raw)
        sentenceHasToken = true
        clauseHasToken = true
    }

    /// Reads one word, number or web address starting at `i`; returns where it ends.
    private mutating func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = b.count
        var i = start
        var letters = 0, uppers = 0, digits = 0
        var firstUpper = false
        var apostrophe = false
        var dots = 0
        var lastSegmentLetters = 0
        var lastSegment = start
        while i < n {
            // fast path: an ASCII letter or digit (what `classify` says of them, without the call)
            let c = b[i]
            if c >= 0x61 && c <= 0x7A {
                letters += 1
                lastSegmentLetters += 1
                i += 1
                continue
            }
            if c >= 0x41 && c <= 0x5A {
                uppers += 1
                if i == start { firstUpper = true }
                letters += 1
                lastSegmentLetters += 1
                i += 1
                continue
            }
            if c >= 0x30 && c <= 0x39 {
                digits += 1
                i += 1
                continue
            }
            let (cls, len) = Self.classify(b, i)
            if cls == .letter {
                if len == 1 && b[i] <= 0x5A {
                    uppers += 1
                    if i == start { firstUpper = true }
                }
                letters += 1
                lastSegmentLetters += 1
                i += len
            } else if cls == .digit {
                digits += 1
                i += len
            } else if cls == .apostrophe, i + len < n, Self.classify(b, i + len).0 == .letter, i > start {
                apostrophe = true
                i += len
            } else if cls == .dot || cls == .comma, i + 1 < n, i > start {
                // "1,000.00", "bit.ly", "example.com": a dot or comma with a word byte on both sides
                let next = b[i + 1]
                let prevDigit = b[i - 1] >= 0x30 && b[i - 1] <= 0x39
                let nextDigit = next >= 0x30 && next <= 0x39
                if prevDigit && nextDigit && letters == 0 { i += 1; continue }
                if cls == .dot && Self.isWordByte(next) && next < 0x80 && letters > 0 {
                    // "doors.No", "day.the": a missing space, not an address, unless the rest is a web suffix
                    var j = i + 1
                    while j < n && Self.isWordByte(b[j]) && b[j] < 0x80 { j += 1 }
                    let nextIsDot = j < n && b[j] == 0x2E && j + 1 < n && Self.isWordByte(b[j + 1])
                    // "www." opens an address whatever follows ("www.easy-cash.example")
                    let afterWWW = i - start == 3 && (b[start] | 0x20) == 0x77 && (b[start + 1] | 0x20) == 0x77 && (b[start + 2] | 0x20) == 0x77
                    if afterWWW { return link(b, start: start, from: i) }
                    guard nextIsDot || isWebSuffix(TextHash.of(UnsafeBufferPointer(rebasing: b[(i + 1)..<j]))) else { break }
                    dots += 1
                    lastSegmentLetters = 0
                    lastSegment = i + 1
                    i += 1
                    continue
                }
                break
            } else if b[i] == 0x2A && letters > 0 {
                // a masked word: "b*tch", "a**hole", "f***": asterisks after a letter, with a letter
                // after them, or ending a word of at most two letters
                var j = i
                while j < n && b[j] == 0x2A { j += 1 }
                let letterAfter = j < n && Self.isWordByte(b[j]) && !(b[j] >= 0x30 && b[j] <= 0x39)
                guard letterAfter || letters <= 2 else { break }
                i = j
            } else if cls == .clause && b[i] == 0x3A && i + 2 < n && b[i + 1] == 0x2F && b[i + 2] == 0x2F {
                return link(b, start: start, from: i)  // "http://...": a web address runs to the next space
            } else {
                break
            }
        }
        let isWWW = i - start >= 4 && (b[start] | 0x20) == 0x77 && (b[start + 1] | 0x20) == 0x77 && (b[start + 2] | 0x20) == 0x77 && b[start + 3] == 0x2E
        _ = lastSegment
        if isWWW || (dots > 0 && lastSegmentLetters >= 2 && i - start >= 4) {
            return link(b, start: start, from: i)
        }
        var kind = Token.Kind.word
        var flags: Token.Flags = []
        if letters == 0 && digits > 0 { kind = .number; flags.insert(.numeric) }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        else if firstUpper && uppers == 1 { flags.insert(.titleCase) }
        append(Raw(start: start, end: i, kind: kind, flags: flags, sentence: sentence, clause: clause, hasApostrophe: apostrophe))
        return i
    }

    /// A web address from `start`, running from `i` to the next space.
    private mutating func link(_ b: UnsafeBufferPointer<UInt8>, start: Int, from i: Int) -> Int {
        var j = i
        while j < b.count, b[j] > 0x20 { j += 1 }
        // a trailing full stop or bracket belongs to the sentence, not the address
        while j > i, b[j - 1] == 0x2E || b[j - 1] == 0x29 || b[j - 1] == 0x2C { j -= 1 }
        append(Raw(start: start, end: j, kind: .link, flags: [], sentence: sentence, clause: clause, hasApostrophe: false))
        return j
    }
}
