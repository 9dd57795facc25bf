/// One token of a reply: a word (letters and digits, with inner apostrophes), a single punctuation
/// mark, or a single other character such as an emoji. Ranges point into the original reply, on
/// character boundaries, so any span built from them is an exact substring of the reply.
struct ReplyToken: Sendable {
    /// What sort of token it is.
    enum Kind: Sendable { case word, punctuation, symbol }

    let kind: Kind
    /// Lower-cased text with every apostrophe form turned into `'`.
    let norm: String
    let range: Range<String.Index>
    /// Whitespace came before this token.
    let spaceBefore: Bool
    /// A line break came before this token.
    let newlineBefore: Bool
    /// Letters in the word (0 for punctuation and symbols).
    let letterCount: Int
    /// The word has letters and all of them are upper case ("LIAR", "NOT").
    let isAllCaps: Bool
    /// The word starts with an upper-case letter ("Sue", "Court").
    let isCapitalized: Bool
    /// How many decimal digits the token holds.
    let digitCount: Int

    var isWord: Bool { kind == .word }
}

/// A word of a sentence, as the phrase matcher sees it.
struct ReplyWord: Sendable {
    /// Index into `ReplyText.tokens`.
    let token: Int
    let norm: String
    /// Clause punctuation (comma, colon, bracket, quote...) separates this word from the one before.
    let breakBefore: Bool
}

/// A sentence of a reply: a run of tokens ended by `.`, `!`, `?`, `…` or a line break.
struct ReplySentence: Sendable {
    /// Position in `ReplyText.sentences`.
    let index: Int
    /// Token indices `[lower, upper)`.
    let tokenRange: Range<Int>
    let words: [ReplyWord]
}

/// A reply cut into tokens and sentences: the shared ground every check works on.
/// Pure and total: any string, however odd, produces a valid (possibly empty) model.
struct ReplyText: Sendable {
    let source: String
    let tokens: [ReplyToken]
    let sentences: [ReplySentence]

    init(_ source: String) {
        self.source = source
        self.tokens = ReplyText.tokenize(source)
        self.sentences = ReplyText.split(tokens)
    }

    /// The exact text of the sentences `first...last`, from the first token to the last.
    func span(sentences first: Int, through last: Int) -> String {
        let lo = sentences[first].tokenRange, hi = sentences[last].tokenRange
        guard let a = lo.first, let b = hi.last else { return "" }
        return String(source[tokens[a].range.lowerBound..<tokens[b].range.upperBound])
    }

    /// Where a sentence starts in the reply, for ordering findings.
    func start(of sentence: Int) -> String.Index {
        guard let t = sentences[sentence].tokenRange.first else { return source.startIndex }
        return tokens[t].range.lowerBound
    }

    // MARK: - Tokenizing

    static func isApostrophe(_ c: Character) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}" || c == "`"
    }

    /// Letters and digits. ASCII is decided from the byte: the Unicode property look-up behind
    /// `isLetter` was a third of a check's time on an English reply.
    static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return isASCIILetter(a) || (a >= 48 && a <= 57) }
        return c.isLetter || c.isNumber
    }

    @inline(__always) static func isASCIILetter(_ a: UInt8) -> Bool { (a | 0x20) >= 97 && (a | 0x20) <= 122 }

    private static func tokenize(_ s: String) -> [ReplyToken] {
        var out: [ReplyToken] = []
        var i = s.startIndex
        var space = false, newline = false
        while i < s.endIndex {
            let c = s[i]
            let ascii = c.asciiValue
            if ascii.map({ $0 == 32 || ($0 >= 9 && $0 <= 13) || $0 == 0 }) ?? (c.isWhitespace || c == "\u{0}") {
                space = true
                if ascii.map({ $0 >= 10 && $0 <= 13 }) ?? c.isNewline { newline = true }
                i = s.index(after: i)
                continue
            }
            if isWordCharacter(c) {
                let start = i
                var letters = 0, upper = 0, digits = 0
                var j = i
                var prev: Character = " "
                while j < s.endIndex {
                    let d = s[j]
                    if let a = d.asciiValue, isASCIILetter(a) || (a >= 48 && a <= 57) {
                        if a >= 48 && a <= 57 { digits += 1 } else {
                            letters += 1
                            if a <= 90 { upper += 1 }
                        }
                        prev = d
                        j = s.index(after: j)
                        continue
                    }
                    if isWordCharacter(d) {
                        if d.isLetter {
                            letters += 1
                            if d.isUppercase { upper += 1 }
                        }
                        if d.isWholeNumber { digits += 1 }
                        prev = d
                        j = s.index(after: j)
                        continue
                    }
                    // Inner apostrophe ("don't") or inner separator of a number ("1,200.50").
                    let n = s.index(after: j)
                    guard n < s.endIndex else { break }
                    let nextC = s[n]
                    if isApostrophe(d) && prev.isLetter && nextC.isLetter {
                        prev = d
                        j = n
                        continue
                    }
                    if (d == "." || d == ",") && prev.isWholeNumber && nextC.isWholeNumber {
                        prev = d
                        j = n
                        continue
                    }
                    break
                }
                let raw = s[start..<j]
                var norm = ""
                norm.reserveCapacity(raw.utf8.count)
                for ch in raw {
                    if let a = ch.asciiValue {
                        norm.unicodeScalars.append(Unicode.Scalar(a >= 65 && a <= 90 ? a | 0x20 : (a == 96 ? 39 : a)))
                    } else if isApostrophe(ch) { norm.append("'") } else { norm.append(contentsOf: ch.lowercased()) }
                }
                let firstUpper = raw.first.map { $0.isUppercase } ?? false
                out.append(ReplyToken(kind: .word, norm: norm, range: start..<j, spaceBefore: space,
                                      newlineBefore: newline, letterCount: letters,
                                      isAllCaps: letters > 0 && upper == letters, isCapitalized: firstUpper,
                                      digitCount: digits))
                i = j
            } else {
                let n = s.index(after: i)
                let kind: ReplyToken.Kind = (c.isPunctuation || isApostrophe(c)) ? .punctuation : .symbol
                let norm = isApostrophe(c) ? "'" : String(c)
                out.append(ReplyToken(kind: kind, norm: norm, range: i..<n, spaceBefore: space,
                                      newlineBefore: newline, letterCount: 0, isAllCaps: false,
                                      isCapitalized: false, digitCount: 0))
                i = n
            }
            space = false
            newline = false
        }
        return out
    }

    // MARK: - Sentences

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "approx", "ref", "nr", "tel", "ext", "mt", "ft",
    ]

    private static func isTerminator(_ t: ReplyToken) -> Bool {
        t.kind == .punctuation && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "\u{2026}")
    }

    /// Punctuation that does not break a phrase: hyphens, slashes, apostrophes, `#`, `&`.
    private static func isJoiner(_ t: ReplyToken) -> Bool {
        switch t.norm {
        case "-", "\u{2010}", "\u{2011}", "/", "'", "#", "&", "%", "$", "\u{00A3}", "\u{20AC}", "\u{00A5}", "+", "*":
            return true
        default: return false
        }
    }

    /// The longest sentence, in tokens. Longer runs are cut, so every check's work per sentence is
    /// bounded and a megabyte with no full stop is checked in linear time. Real sentences are far shorter.
    static let maxSentenceTokens = 400

    private static func split(_ tokens: [ReplyToken]) -> [ReplySentence] {
        var sentences: [ReplySentence] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            guard end > start else { return }
            var words: [ReplyWord] = []
            var pendingBreak = false
            for k in start..<end {
                let t = tokens[k]
                if t.kind == .word {
                    words.append(ReplyWord(token: k, norm: t.norm, breakBefore: pendingBreak))
                    pendingBreak = false
                } else if !isJoiner(t) {
                    pendingBreak = true
                }
            }
            sentences.append(ReplySentence(index: sentences.count, tokenRange: start..<end, words: words))
            start = end
        }
        while i < tokens.count {
            let t = tokens[i]
            if i > start && (t.newlineBefore || i - start >= maxSentenceTokens) {
                close(i)
            }
            if isTerminator(t) {
                // A period inside an abbreviation or an initial does not end a sentence.
                // Nor does one inside an address or a name: "gmail.com", "www.example.org".
                if t.norm == ".", i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].spaceBefore {
                    i += 1
                    continue
                }
                if t.norm == ".", i > start, !t.spaceBefore {
                    let p = tokens[i - 1]
                    if p.kind == .word && (abbreviations.contains(p.norm) || (p.letterCount == 1 && p.norm.count == 1)) {
                        i += 1
                        continue
                    }
                }
                var j = i + 1
                while j < tokens.count, !tokens[j].spaceBefore, !tokens[j].newlineBefore, tokens[j].kind != .word {
                    let n = tokens[j].norm
                    if isTerminator(tokens[j]) || n == "\"" || n == "\u{201D}" || n == "'" || n == ")" || n == "]" {
                        j += 1
                    } else {
                        break
                    }
                }
                close(j)
                i = j
                continue
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }
}
