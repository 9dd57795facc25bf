/// The lexicon compiled for matching: every word it knows by hash (its lemma, whether it is a
/// number or a contraction), the phrases of each concept grouped by first word, and the
/// one-letter-deletion index that finds typos. Built once from a `LexiconSource`; read-only after.
///
/// Four concept names have a role in the engine itself: `currency` (words that make a number a
/// sum of money), `negator` (words that open a negation), `contrast` (words that close one) and
/// `web-suffix` (what makes "bit.ly" a web address and "doors.No" two words).
public struct TextLexicon: Sendable {
    /// What the lexicon knows about one word form: its lemma, and its facts packed in one
    /// number (`bits`), so the finished table is plain numbers the build can write out.
    struct Word: Sendable {
        var lemma: UInt64
        /// phrase start (bits 0-19), phrase count (20-31), expansion start (32-43), expansion
        /// count (44-47), roles (48-55), number (56), not a typo (57), past (58).
        var bits: UInt64 = 0

        init(lemma: UInt64, isPast: Bool = false) {
            self.lemma = lemma
            self.isPast = isPast
        }

        init(lemma: UInt64, bits: UInt64) {
            self.lemma = lemma
            self.bits = bits
        }

        @inline(__always)
        private func field(_ shift: UInt64, _ width: UInt64) -> Int32 { Int32(truncatingIfNeeded: (bits >> shift) & ((1 << width) - 1)) }

        private mutating func setField(_ shift: UInt64, _ width: UInt64, _ value: Int32) {
            let mask: UInt64 = ((1 << width) - 1) << shift
            precondition(value >= 0 && UInt64(value) < 1 << width, "lexicon table field too large for its bits")
            bits = (bits & ~mask) | (UInt64(value) << shift)
        }

        @inline(__always)
        private func flag(_ bit: UInt64) -> Bool { bits & (1 << bit) != 0 }

        private mutating func setFlag(_ bit: UInt64, _ on: Bool) {
            if on { bits |= 1 << bit } else { bits &= ~(1 << bit) }
        }

        /// The phrases that start with this lemma: a range in `phraseSpans`.
        var phraseStart: Int32 { get { field(0, 20) } set { setField(0, 20, newValue) } }
        var phraseCount: Int32 { get { field(20, 12) } set { setField(20, 12, newValue) } }
        /// Contraction expansion: a range in `expansions`.
        var expansionStart: Int32 { get { field(32, 12) } set { setField(32, 12, newValue) } }
        var expansionCount: Int32 { get { field(44, 4) } set { setField(44, 4, newValue) } }
        /// Engine roles of a one-word entry: `Word.negatorRole`, `contrastRole`, `currencyRole`.
        var roles: UInt8 {
            get { UInt8(truncatingIfNeeded: bits >> 48) }
            set { setField(48, 8, Int32(newValue)) }
        }
        /// A number word ("fifty").
        var isNumber: Bool { get { flag(56) } set { setFlag(56, newValue) } }
        /// A real word that is not a typo of anything.
        var notTypo: Bool { get { flag(57) } set { setFlag(57, newValue) } }
        /// An irregular past form ("went", "took").
        var isPast: Bool { get { flag(58) } set { setFlag(58, newValue) } }

        /// Known only as "not a typo": the word is stemmed like any other.
        var isOnlyNotTypo: Bool { notTypo && phraseCount == 0 && expansionCount == 0 && !isNumber && roles == 0 }
    }
    static let negatorRole: UInt8 = 1
    static let contrastRole: UInt8 = 2
    static let currencyRole: UInt8 = 4
    static let webSuffixRole: UInt8 = 8

    /// One lexicon entry, as lemmas (or stand-in hashes), and its concept (while building).
    private struct Phrase {
        var elements: [UInt64]
        var concept: Int32
    }

    /// The concept names, in id order.
    public let conceptNames: [String]
    /// Who this lexicon is (copies share it): what `AnalysisMemo` keys on, as comparing the
    /// tables would cost more than it saves.
    let identity = Identity()
    final class Identity: Sendable {}
    var words: [Word] = []
    var index = HashIndex([])
    var expansions: [(lemma: UInt64, past: Bool)] = []
    /// The same phrases laid flat for matching without reference counting: every element in
    /// one array, and per phrase where its elements are and its concept.
    var phraseElements: [UInt64] = []
    var phraseSpans: [(start: Int32, count: Int32, concept: Int32)] = []
    /// Lemmas of lexicon words: the targets of suffix stripping and typo correction.
    var vocabulary = HashIndex([])
    /// Hash of a lexicon word (five letters or more) with one letter deleted -> typo word (-2: ambiguous).
    var deletions = HashIndex([])
    /// Per first letter (a-z), a bit per length a typo of a lexicon word may have: most words
    /// are ruled out by this before any hashing.
    var typoShapes = [UInt32](repeating: 0, count: 26)
    /// Lexicon words of five letters or more, as bytes end to end (word k is
    /// `typoBytes[typoStarts[k]..<typoStarts[k + 1]]`), with their lemma.
    var typoBytes: [UInt8] = []
    var typoStarts: [Int32] = [0]
    var typoLemmas: [UInt64] = []
    public let currency: Concept?
    public let negator: Concept?
    public let contrast: Concept?

    /// The concept with this name (a `lexicon/concepts/NAME.txt` file), if there is one.
    public func concept(_ name: String) -> Concept? {
        conceptNames.firstIndex(of: name).map { Concept(id: $0) }
    }

    /// The lexicon compiled from its parsed files: every table is built here (hashing, sorting,
    /// the typo index). The program starts from tables built at build time instead
    /// (`init(tables:)`); the build and the tests compile here.
    public init(_ source: LexiconSource) {
        conceptNames = source.conceptNames
        let conceptID = Dictionary(uniqueKeysWithValues: conceptNames.enumerated().map { ($1, $0) })
        currency = conceptID["currency"].map(Concept.init(id:))
        negator = conceptID["negator"].map(Concept.init(id:))
        contrast = conceptID["contrast"].map(Concept.init(id:))

        // Forms -> lemma, from the irregular table.
        var formLemma: [UInt64: UInt64] = [:]
        for (lemma, forms) in source.wordForms {
            let l = TextHash.of(lemma)
            for f in forms { formLemma[TextHash.of(f)] = l }
        }
        // Lexicon words: their own lemma is the irregular one, else a shorter lexicon word they
        // are a regular form of ("reviews" -> "review"), else themselves.
        var entryWords = Set<String>()
        // (a contraction in an entry is split as in a text: "we've changed" is "we have changed",
        // so that "we've" never becomes a word of its own that texts would then not split)
        let contractionTable = Dictionary(source.contractions.map { ($0.word, $0.expansion) }, uniquingKeysWith: { a, _ in a })
        func entryWordsOf(_ part: Substring) -> [String] {
            guard part.contains("'"), !part.hasPrefix("<") else { return [String(part)] }
            if let expansion = contractionTable[String(part)] { return expansion }
            let bytes = Array(part.utf8)
            guard let split = Normalizer.splitContraction(bytes) else { return [String(part)] }
            let stem = String(decoding: bytes[..<split.stemEnd], as: UTF8.self)
            return [stem] + (split.tail.map { [$0.word] } ?? [])
        }
        for e in source.entries { for w in e.text.split(separator: " ").flatMap(entryWordsOf) where !w.hasPrefix("<") && w != "..." { entryWords.insert(w) } }
        for (lemma, forms) in source.wordForms { entryWords.insert(lemma); _ = forms }
        let raw = Set(entryWords.map { formLemma[TextHash.of($0)] ?? TextHash.of($0) })
        var wordLemma: [UInt64: UInt64] = [:]
        var regularPast = Set<UInt64>()
        for w in entryWords.sorted() {
            let h = TextHash.of(w)
            if let l = formLemma[h] { wordLemma[h] = l; continue }
            let bytes = Array(w.utf8)
            let stem = Suffixes.stemAndTense(bytes[...], isKnown: { raw.contains($0) })
            wordLemma[h] = stem?.lemma ?? h
            // a regular past form named in an entry ("refunded", "removed") stays a past form
            if stem?.past == true { regularPast.insert(h) }
        }
        for (f, l) in formLemma { wordLemma[f] = l }
        // irregular forms that are neither "-ing" nor "-s" are past forms: went, taken, paid
        var pastForms = regularPast
        for (lemma, forms) in source.wordForms {
            for f in forms where !f.hasSuffix("ing") && f != lemma + "s" && f != lemma + "es" && !f.hasPrefix("'") { pastForms.insert(TextHash.of(f)) }
        }
        let lemmas = Set(wordLemma.values)
        vocabulary = HashIndex(lemmas.sorted().map { ($0, 0) })

        var info: [UInt64: Word] = [:]
        for (h, l) in wordLemma { info[h] = Word(lemma: l, isPast: pastForms.contains(h)) }
        for l in lemmas where info[l] == nil { info[l] = Word(lemma: l) }
        for (word, value) in source.numbers {
            let h = TextHash.of(word)
            var w = info[h] ?? Word(lemma: h)
            w.isNumber = true
            info[h] = w
            _ = value
        }
        var exp: [(lemma: UInt64, past: Bool)] = []
        for (word, expansion) in source.contractions {
            let h = TextHash.of(word)
            var w = info[h] ?? Word(lemma: h)
            w.expansionStart = Int32(exp.count)
            w.expansionCount = Int32(expansion.count)
            for part in expansion { let p = TextHash.of(part); exp.append((wordLemma[p] ?? p, pastForms.contains(p))) }
            info[h] = w
        }
        expansions = exp
        for word in source.notTypos {
            let h = TextHash.of(word)
            var w = info[h] ?? Word(lemma: h)
            w.notTypo = true
            info[h] = w
        }

        // Phrases, grouped by first element.
        var grouped: [UInt64: [Phrase]] = [:]
        var seen = Set<[UInt64]>()
        for e in source.entries {
            let elements = e.text.split(separator: " ").flatMap(entryWordsOf).map { part -> UInt64 in
                let h = TextHash.of(part)
                return part.hasPrefix("<") || part == "..." ? h : (wordLemma[h] ?? h)
            }
            let concept = Int32(conceptID[e.concept]!)
            guard seen.insert(elements + [UInt64(concept)]).inserted else { continue }
            if elements.count == 1 {
                let role: UInt8 = e.concept == "negator" ? Self.negatorRole : e.concept == "contrast" ? Self.contrastRole
                    : e.concept == "currency" ? Self.currencyRole : e.concept == "web-suffix" ? Self.webSuffixRole : 0
                if role != 0 { var w = info[elements[0]] ?? Word(lemma: elements[0]); w.roles |= role; info[elements[0]] = w }
            }
            grouped[elements[0], default: []].append(Phrase(elements: elements, concept: concept))
        }
        var phrases: [Phrase] = []
        for first in grouped.keys.sorted() {
            var w = info[first] ?? Word(lemma: first)
            w.phraseStart = Int32(phrases.count)
            // longest first, so a longer phrase is tried before its prefix
            let list = grouped[first]!.sorted { $0.elements.count > $1.elements.count }
            w.phraseCount = Int32(list.count)
            phrases += list
            info[first] = w
        }
        for p in phrases {
            phraseSpans.append((Int32(phraseElements.count), Int32(p.elements.count), p.concept))
            phraseElements += p.elements
        }
        var pairs: [(UInt64, Int32)] = []
        for (h, w) in info.sorted(by: { $0.key < $1.key }) {
            pairs.append((h, Int32(words.count)))
            words.append(w)
        }
        index = HashIndex(pairs)

        // Typo index over lexicon words of five letters or more.
        var del: [UInt64: Int32] = [:]
        for w in entryWords.sorted() {
            let bytes = Array(w.utf8)
            guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            let id = Int32(typoLemmas.count)
            typoBytes += bytes
            typoStarts.append(Int32(typoBytes.count))
            typoLemmas.append(wordLemma[TextHash.of(w)] ?? TextHash.of(w))
            for len in (bytes.count - 1)...(bytes.count + 1) where len < 32 { typoShapes[Int(bytes[0] - 0x61)] |= 1 << UInt32(len) }
            for k in 0..<bytes.count {
                let d = TextHash.of(bytes[...], skipping: k)
                guard let old = del[d] else { del[d] = id; continue }
                if old >= 0 && old != id && typoLemmas[Int(old)] != typoLemmas[Int(id)] { del[d] = -2 }
            }
        }
        deletions = HashIndex(del.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) })
    }

    /// The entry for a word hash, if the lexicon knows the word.
    @inline(__always)
    func word(_ h: UInt64) -> Word? {
        let i = index.value(h)
        return i < 0 ? nil : words[Int(i)]
    }

    /// The engine roles of a lemma (0 if none).
    @inline(__always)
    func roles(_ lemma: UInt64) -> UInt8 { word(lemma)?.roles ?? 0 }

    @inline(__always)
    func isVocabulary(_ h: UInt64) -> Bool { vocabulary.value(h) >= 0 }

    /// The lemma of the lexicon word this (lower-case ASCII, unknown) word is a one-letter typo
    /// of: one letter wrong, missing, extra, or two letters swapped. Nil if none or several.
    func typoLemma(_ w: ArraySlice<UInt8>) -> UInt64? {
        let first = Int(w[w.startIndex]) - 0x61
        guard first >= 0 && first < 26 && w.count < 32 && typoShapes[first] & (1 << UInt32(w.count)) != 0 else { return nil }
        var found: UInt64? = nil
        func consider(_ id: Int32) -> Bool {
            guard id >= 0 else { return id == -1 }  // -2: ambiguous, give up
            let cand = typoBytes[Int(typoStarts[Int(id)])..<Int(typoStarts[Int(id) + 1])]
            let lemma = typoLemmas[Int(id)]
            // typos keep the first letter: "found" is not a typo of "pound"
            guard cand[cand.startIndex] == w[w.startIndex], Suffixes.isOneEdit(w, cand) else { return true }
            if let f = found, f != lemma { found = nil; return false }
            found = lemma
            return true
        }
        // a letter missing: the word is a lexicon word with one letter deleted
        if !consider(deletions.value(TextHash.of(w))) { return nil }
        // the hash of `w` without letter k: the prefix before k (carried along), then the rest
        var prefix = TextHash.seed
        for k in w.indices {
            var d = prefix
            var j = k + 1
            while j < w.endIndex { d = TextHash.mix(d, TextHash.fold(w[j])); j += 1 }
            prefix = TextHash.mix(prefix, TextHash.fold(w[k]))
            // an extra letter: the word with one deleted is a lexicon word
            let v = index.value(d)
            if v >= 0, vocabulary.value(words[Int(v)].lemma) >= 0, w.count - 1 >= 5, k != w.startIndex {
                let lemma = words[Int(v)].lemma
                if let f = found, f != lemma { return nil }
                found = lemma
            }
            // a letter wrong or two swapped: both with one letter deleted meet
            if !consider(deletions.value(d)) { return nil }
        }
        return found
    }
}

extension TextLexicon {
    /// The indices (into `phraseSpans`) of the phrases whose first element is this lemma.
    @inline(__always)
    func phraseRange(_ lemma: UInt64) -> Range<Int> {
        guard let w = word(lemma), w.phraseCount > 0 else { return 0..<0 }
        return Int(w.phraseStart)..<Int(w.phraseStart + w.phraseCount)
    }
}
