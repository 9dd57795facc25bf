/// The lexicon compiled for matching: every word it knows by hash (its lemma, whether it is a
/// number or a contraction), the phrases of each concept grouped by first word, and the
/// one-letter-deletion index that finds typos. Built once from a `LexiconSource`; read-only after.
///
/// Four concept names have a role in the engine itself: `currency` (words that make a number a
/// sum of money), `negator` (words that open a negation), `contrast` (words that close one) and
/// `web-suffix` (what makes "bit.ly" a web address and "doors.No" two words).
public struct TextLexicon: Sendable {
    /// What the lexicon knows about one word form.
    struct Word: Sendable {
        var lemma: UInt64
        /// Contraction expansion: a range in `expansions`.
        var expansionStart: Int32 = 0
        var expansionCount: Int32 = 0
        /// A number word ("fifty").
        var isNumber = false
        /// A real word that is not a typo of anything.
        var notTypo = false
        /// An irregular past form ("went", "took").
        var isPast = false
        /// The phrases that start with this lemma: a range in `phrases`.
        var phraseStart: Int32 = 0
        var phraseCount: Int32 = 0
        /// Engine roles of a one-word entry: `Word.negatorRole`, `contrastRole`, `currencyRole`.
        var roles: UInt8 = 0

        /// Known only as "not a typo": the word is stemmed like any other.
        var isOnlyNotTypo: Bool { notTypo && phraseCount == 0 && expansionCount == 0 && !isNumber && roles == 0 }
    }
    static let negatorRole: UInt8 = 1
    static let contrastRole: UInt8 = 2
    static let currencyRole: UInt8 = 4
    static let webSuffixRole: UInt8 = 8

    /// One lexicon entry, as lemmas (or stand-in hashes), and its concept.
    struct Phrase: Sendable {
        var elements: [UInt64]
        var concept: Int32
    }

    /// The concept names, in id order.
    public let conceptNames: [String]
    var words: [Word] = []
    private var index = HashIndex([])
    var expansions: [(lemma: UInt64, past: Bool)] = []
    var phrases: [Phrase] = []
    /// The same phrases laid flat for matching without reference counting: every element in
    /// one array, and per phrase where its elements are and its concept.
    var phraseElements: [UInt64] = []
    var phraseSpans: [(start: Int32, count: Int32, concept: Int32)] = []
    /// Lemmas of lexicon words: the targets of suffix stripping and typo correction.
    private var vocabulary = HashIndex([])
    /// Hash of a lexicon word (five letters or more) with one letter deleted -> index in `typoWords` (-2: ambiguous).
    private var deletions = HashIndex([])
    /// Per first letter (a-z), a bit per length a typo of a lexicon word may have: most words
    /// are ruled out by this before any hashing.
    private var typoShapes = [UInt32](repeating: 0, count: 26)
    /// Lexicon words of five letters or more, as bytes, with their lemma.
    var typoWords: [(bytes: [UInt8], lemma: UInt64)] = []
    public let currency: Concept?
    public let negator: Concept?
    public let contrast: Concept?

    /// The concept with this name (a `lexicon/concepts/NAME.txt` file), if there is one.
    public func concept(_ name: String) -> Concept? {
        conceptNames.firstIndex(of: name).map { Concept(id: $0) }
    }

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
        // An entry's contractions are split as the text's are ("don't have" -> do not have), so a
        // word such as "don't" never becomes a lexicon word of its own that would hide its negation.
        let contractionParts = Dictionary(source.contractions.map { ($0.word, $0.expansion) }, uniquingKeysWith: { a, _ in a })
        func parts(_ word: Substring) -> [String] {
            if let e = contractionParts[String(word)] { return e }
            if word.count > 3 && word.hasSuffix("n't") { return [String(word.dropLast(3)), "not"] }
            return [String(word)]
        }
        var entryWords = Set<String>()
        for e in source.entries { for w in e.text.split(separator: " ").flatMap(parts) where !w.hasPrefix("<") && w != "..." { entryWords.insert(w) } }
        for (lemma, forms) in source.wordForms { entryWords.insert(lemma); _ = forms }
        let raw = Set(entryWords.map { formLemma[TextHash.of($0)] ?? TextHash.of($0) })
        var wordLemma: [UInt64: UInt64] = [:]
        for w in entryWords.sorted() {
            let h = TextHash.of(w)
            if let l = formLemma[h] { wordLemma[h] = l; continue }
            let bytes = Array(w.utf8)
            wordLemma[h] = Suffixes.stem(bytes[...], isKnown: { raw.contains($0) }) ?? h
        }
        for (f, l) in formLemma { wordLemma[f] = l }
        // irregular forms that are neither "-ing" nor "-s" are past forms: went, taken, paid
        var pastForms = Set<UInt64>()
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
            let elements = e.text.split(separator: " ").flatMap(parts).map { part -> UInt64 in
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
            let id = Int32(typoWords.count)
            typoWords.append((bytes, wordLemma[TextHash.of(w)] ?? TextHash.of(w)))
            for len in (bytes.count - 1)...(bytes.count + 1) where len < 32 { typoShapes[Int(bytes[0] - 0x61)] |= 1 << UInt32(len) }
            for k in 0..<bytes.count {
                let d = TextHash.of(bytes[...], skipping: k)
                guard let old = del[d] else { del[d] = id; continue }
                if old >= 0 && old != id && typoWords[Int(old)].lemma != typoWords[Int(id)].lemma { del[d] = -2 }
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
            let cand = typoWords[Int(id)]
            // typos keep the first letter: "found" is not a typo of "pound"
            guard cand.bytes[0] == w[w.startIndex], Suffixes.isOneEdit(w, cand.bytes[...]) else { return true }
            if let f = found, f != cand.lemma { found = nil; return false }
            found = cand.lemma
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

    /// The phrases whose first element is this lemma (longest first).
    @inline(__always)
    func phrasesStarting(_ lemma: UInt64) -> ArraySlice<Phrase> {
        guard let w = word(lemma), w.phraseCount > 0 else { return [] }
        return phrases[Int(w.phraseStart)..<Int(w.phraseStart + w.phraseCount)]
    }
}
