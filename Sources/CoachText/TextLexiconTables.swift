extension TextLexicon {
    /// A compiled lexicon's finished tables as plain arrays of numbers: what `TextLexicon` matches
    /// against, taken apart so the build can write them out (`LexiconEmbedder`) and the program can
    /// start from them without parsing or hashing anything (`TextLexicon(tables:)`).
    public struct Tables: Sendable, Equatable {
        /// One finished hash table: the slots (`keys.count` is a power of two, 0 marks an empty
        /// slot), their values, and the bit filter in front of them.
        public struct Index: Sendable, Equatable {
            public var keys: [UInt64]
            public var values: [Int32]
            public var filter: [UInt64]
            public var filterShift: UInt64

            public init(keys: [UInt64], values: [Int32], filter: [UInt64], filterShift: UInt64) {
                self.keys = keys
                self.values = values
                self.filter = filter
                self.filterShift = filterShift
            }
        }

        /// The concept names, in id order.
        public var conceptNames: [String]
        /// Per known word form, two numbers: its lemma and its packed facts (`TextLexicon.Word.bits`).
        public var words: [UInt64]
        /// Word hash -> index in `words` (halved).
        public var index: Index
        /// Contraction expansions, two numbers each: the lemma and 1 if a past form.
        public var expansions: [UInt64]
        /// Every phrase's elements laid end to end.
        public var phraseElements: [UInt64]
        /// Per phrase, three numbers: where its elements start, how many, and its concept.
        public var phraseSpans: [Int32]
        /// Lemmas of lexicon words.
        public var vocabulary: Index
        /// One-letter-deleted hashes of the typo words -> typo word (-2: ambiguous).
        public var deletions: Index
        /// Per first letter, a bit per length a typo may have.
        public var typoShapes: [UInt32]
        /// The typo words' bytes end to end; word k is `typoBytes[typoStarts[k]..<typoStarts[k + 1]]`.
        public var typoBytes: [UInt8]
        public var typoStarts: [Int32]
        /// The typo words' lemmas.
        public var typoLemmas: [UInt64]

        public init(
            conceptNames: [String], words: [UInt64], index: Index, expansions: [UInt64], phraseElements: [UInt64],
            phraseSpans: [Int32], vocabulary: Index, deletions: Index, typoShapes: [UInt32], typoBytes: [UInt8],
            typoStarts: [Int32], typoLemmas: [UInt64]
        ) {
            self.conceptNames = conceptNames
            self.words = words
            self.index = index
            self.expansions = expansions
            self.phraseElements = phraseElements
            self.phraseSpans = phraseSpans
            self.vocabulary = vocabulary
            self.deletions = deletions
            self.typoShapes = typoShapes
            self.typoBytes = typoBytes
            self.typoStarts = typoStarts
            self.typoLemmas = typoLemmas
        }
    }
}

extension TextLexicon {
    /// The finished tables, for the build to write out.
    public var tables: Tables {
        Tables(
            conceptNames: conceptNames,
            words: words.flatMap { [$0.lemma, $0.bits] },
            index: index.parts,
            expansions: expansions.flatMap { [$0.lemma, $0.past ? 1 : 0] },
            phraseElements: phraseElements,
            phraseSpans: phraseSpans.flatMap { [$0.start, $0.count, $0.concept] },
            vocabulary: vocabulary.parts,
            deletions: deletions.parts,
            typoShapes: typoShapes,
            typoBytes: typoBytes,
            typoStarts: typoStarts,
            typoLemmas: typoLemmas
        )
    }

    /// The lexicon from tables built before (at build time): they are taken as they are, with
    /// nothing parsed, hashed or sorted.
    public init(tables t: Tables) {
        conceptNames = t.conceptNames
        currency = t.conceptNames.firstIndex(of: "currency").map(Concept.init(id:))
        negator = t.conceptNames.firstIndex(of: "negator").map(Concept.init(id:))
        contrast = t.conceptNames.firstIndex(of: "contrast").map(Concept.init(id:))
        words = stride(from: 0, to: t.words.count - 1, by: 2).map { Word(lemma: t.words[$0], bits: t.words[$0 + 1]) }
        index = HashIndex(t.index)
        expansions = stride(from: 0, to: t.expansions.count - 1, by: 2).map { (t.expansions[$0], t.expansions[$0 + 1] != 0) }
        phraseElements = t.phraseElements
        phraseSpans = stride(from: 0, to: t.phraseSpans.count - 2, by: 3).map { (t.phraseSpans[$0], t.phraseSpans[$0 + 1], t.phraseSpans[$0 + 2]) }
        vocabulary = HashIndex(t.vocabulary)
        deletions = HashIndex(t.deletions)
        typoShapes = t.typoShapes
        typoBytes = t.typoBytes
        typoStarts = t.typoStarts
        typoLemmas = t.typoLemmas
    }
}
