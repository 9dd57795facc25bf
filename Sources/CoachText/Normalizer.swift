/// Turns raw tokens into normalised ones: lower case, contractions split ("won't" -> `will`
/// `not`, "didn't" -> `do` `not`), irregular and regular word forms to their lemma, one-letter
/// typos of lexicon words (five letters or more) to that word, number words flagged, and
/// sums of money (`$50`, `50 USD`, `£50`, `€50`, `fifty dollars`) joined into one `<amount>`.
struct Normalizer {
    let lexicon: TextLexicon
    private var scratch: [UInt8] = []

    init(lexicon: TextLexicon) {
        self.lexicon = lexicon
        scratch.reserveCapacity(64)
    }

    static let notHash = TextHash.of("not")
    static let willHash = TextHash.of("will")
    static let beHash = TextHash.of("is")  // present forms of "be" share the lemma "is" (lexicon/forms/word-forms.txt)
    static let haveHash = TextHash.of("have")
    static let wouldHash = TextHash.of("would")

    mutating func normalize(_ raws: [Tokenizer.Raw], _ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(raws.count + raws.count / 8)
        for r in raws {
            switch r.kind {
            case .link:
                out.append(Token(lemma: TextHash.link, start: r.start, end: r.end, sentence: r.sentence, clause: r.clause, kind: .link, flags: r.flags))
            case .currency:
                out.append(Token(lemma: 0, start: r.start, end: r.end, sentence: r.sentence, clause: r.clause, kind: .currency, flags: r.flags))
            case .number:
                out.append(Token(lemma: Self.digitsHash(b, r.start, r.end), start: r.start, end: r.end, sentence: r.sentence, clause: r.clause, kind: .number, flags: r.flags))
            case .word, .amount:
                word(r, b, into: &out)
            }
        }
        return joinAmounts(out)
    }

    /// The hash of a number's digits (without thousands commas or a ".00").
    private static func digitsHash(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h = TextHash.seed
        var i = s
        while i < e {
            let c = b[i]
            if c == 0x2E { break }
            if c != 0x2C { h = TextHash.mix(h, c) }
            i += 1
        }
        return h
    }

    private mutating func word(_ r: Tokenizer.Raw, _ b: UnsafeBufferPointer<UInt8>, into out: inout [Token]) {
        // Folded bytes: ASCII lower case, curly apostrophes as '.
        scratch.removeAll(keepingCapacity: true)
        var i = r.start
        var ascii = true
        // the hash of the folded bytes, made as they are written (`TextHash.of(scratch[...])`)
        var h = TextHash.seed
        if !r.hasApostrophe {
            // fast path (no apostrophe, so no curly one): copy the bytes at once, fold in place
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[r.start..<r.end]))
            scratch.withUnsafeMutableBufferPointer { w in
                for k in w.indices {
                    let c = w[k]
                    if c >= 0x80 { ascii = false }
                    let f = TextHash.fold(c)
                    w[k] = f
                    h = TextHash.mix(h, f)
                }
            }
            i = r.end
        }
        while i < r.end {
            let c = b[i]
            if c == 0xE2 && i + 2 < r.end && b[i + 1] == 0x80 && (b[i + 2] == 0x98 || b[i + 2] == 0x99) {
                scratch.append(0x27)
                h = TextHash.mix(h, 0x27)
                i += 3
                continue
            }
            if c >= 0x80 { ascii = false }
            let f = TextHash.fold(c)
            scratch.append(f)
            h = TextHash.mix(h, f)
            i += 1
        }
        func emit(_ lemma: UInt64, _ extra: Token.Flags = []) {
            out.append(Token(lemma: lemma, start: r.start, end: r.end, sentence: r.sentence, clause: r.clause, kind: .word, flags: r.flags.union(extra)))
        }
        let known = lexicon.word(h)
        if let w = known, !w.isOnlyNotTypo {
            if w.expansionCount > 0 {
                for k in 0..<Int(w.expansionCount) {
                    let e = lexicon.expansions[Int(w.expansionStart) + k]
                    emit(e.lemma, e.past ? .past : [])
                }
                return
            }
            emit(w.lemma, Token.Flags(rawValue: (w.isNumber ? Token.Flags.numeric.rawValue : 0) | (w.isPast ? Token.Flags.past.rawValue : 0)))
            return
        }
        if r.hasApostrophe, let split = splitContraction() {
            let l = lemma(of: scratch[0..<split.stemEnd])
            emit(l.lemma, l.flags)
            if split.tail != 0 { emit(split.tail) }  // "owner's" is just "owner"
            return
        }
        if ascii {
            let l = lemma(of: scratch[...], hash: h, known: known)
            emit(l.lemma, l.flags)
        } else {
            emit(h)
        }
    }

    /// "didn't" -> ("did", not), "we'll" -> ("we", will), "owner's" -> ("owner", nothing).
    private func splitContraction() -> (stemEnd: Int, tail: UInt64)? {
        Self.splitContraction(scratch).map { ($0.stemEnd, $0.tail?.hash ?? 0) }
    }

    /// The word a contraction's ending stands for.
    enum ContractionTail {
        case not, will, be, have, would

        /// The ending as a word of the lexicon ("'re" and "'m" are forms of "be": "is").
        var word: String {
            switch self {
            case .not: "not"
            case .will: "will"
            case .be: "is"
            case .have: "have"
            case .would: "would"
            }
        }

        var hash: UInt64 {
            switch self {
            case .not: Normalizer.notHash
            case .will: Normalizer.willHash
            case .be: Normalizer.beHash
            case .have: Normalizer.haveHash
            case .would: Normalizer.wouldHash
            }
        }
    }

    /// Where a folded word with an apostrophe splits, by rule: its stem's end and the word its
    /// ending stands for (none for a possessive "'s"); `nil` when the rule does not apply. Texts
    /// and lexicon entries are split by this one rule.
    static func splitContraction(_ word: [UInt8]) -> (stemEnd: Int, tail: ContractionTail?)? {
        let n = word.count
        guard let a = word.lastIndex(of: 0x27), a > 0 else { return nil }
        let tail = word[(a + 1)...]
        if tail.elementsEqual("t".utf8) && word[a - 1] == 0x6E && a >= 2 { return (a - 1, .not) }
        switch n - a - 1 {
        case 2 where tail.elementsEqual("ll".utf8): return (a, .will)
        case 2 where tail.elementsEqual("re".utf8): return (a, .be)
        case 2 where tail.elementsEqual("ve".utf8): return (a, .have)
        case 1 where tail.first == 0x6D: return (a, .be)
        case 1 where tail.first == 0x64: return (a, .would)
        case 1 where tail.first == 0x73: return (a, nil)
        default: return nil
        }
    }

    /// The lemma of a folded word: the lexicon's, a regular form of a lexicon word, a typo of
    /// one, or the word itself.
    private func lemma(of w: ArraySlice<UInt8>) -> (lemma: UInt64, flags: Token.Flags) {
        let h = TextHash.of(w)
        return lemma(of: w, hash: h, known: lexicon.word(h))
    }

    /// As `lemma(of:)`, given the word's hash and lexicon entry (already looked up).
    @inline(__always)
    private func lemma(of w: ArraySlice<UInt8>, hash h: UInt64, known: TextLexicon.Word?) -> (lemma: UInt64, flags: Token.Flags) {
        if let k = known, !k.isOnlyNotTypo { return (k.lemma, k.isPast ? .past : []) }
        // "noted" is not "not": words with an engine role (negators, contrasts) take no suffix
        if let s = Suffixes.stemAndTense(w, isKnown: { lexicon.isVocabulary($0) && lexicon.roles($0) == 0 }) {
            return (lexicon.word(s.lemma)?.lemma ?? s.lemma, s.past ? .past : [])
        }
        if known == nil && w.count >= 5 && w.count <= 16 && w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), let t = lexicon.typoLemma(w) {
            return (t, .corrected)
        }
        return (h, [])
    }

    /// Joins a currency sign or word with the number beside it into one `<amount>` token.
    private func joinAmounts(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        let n = tokens.count
        func isNumber(_ k: Int) -> Bool { k < n && tokens[k].flags.contains(.numeric) }
        func isCurrencyWord(_ k: Int) -> Bool {
            k < n && tokens[k].kind == .word && lexicon.roles(tokens[k].lemma) & TextLexicon.currencyRole != 0
        }
        func amount(_ a: Int, _ z: Int) -> Token {
            Token(lemma: TextHash.amount, start: tokens[a].start, end: tokens[z].end, sentence: tokens[a].sentence, clause: tokens[a].clause, kind: .amount, flags: [])
        }
        while i < n {
            let t = tokens[i]
            if t.kind == .currency || (isNumber(i + 1) && tokens[i + 1].kind == .number && isCurrencyWord(i)) {
                var j = i + 1
                while isNumber(j) && tokens[j].sentence == t.sentence { j += 1 }
                if j > i + 1 { out.append(amount(i, j - 1)); i = j; continue }
                if t.kind == .currency { i += 1; continue }
            }
            if t.flags.contains(.numeric) {
                var j = i + 1
                while isNumber(j) { j += 1 }
                if j < n && (tokens[j].kind == .currency || isCurrencyWord(j)) {
                    out.append(amount(i, j))
                    i = j + 1
                    continue
                }
            }
            out.append(t)
            i += 1
        }
        return out
    }
}
