import CoachLexiconTables
import CoachText

/// The lexicon in `lexicon/`, compiled into the binary at build time (see `LexiconEmbedder`):
/// its files' text, and its finished matching tables as read-only data (`CoachLexiconTables`).
/// The build has already rejected any malformed line.
public enum EmbeddedLexicon {
    /// The lexicon's files: path under `lexicon/` and text.
    public static var files: [(name: String, text: String)] { storage }

    /// The compiled lexicon every rule matches against (immutable; taken from the tables built
    /// at build time on first use: nothing is parsed or hashed).
    public static let shared = TextLexicon(tables: builtTables)

    /// The tables the build wrote, copied out of the binary's read-only data.
    static var builtTables: TextLexicon.Tables {
        let t = coach_lexicon_tables
        func array<T>(_ p: UnsafePointer<T>?, _ n: Int) -> [T] {
            guard let p, n > 0 else { return [] }
            return Array(UnsafeBufferPointer(start: p, count: n))
        }
        func index(_ x: CoachLexiconIndex) -> TextLexicon.Tables.Index {
            .init(keys: array(x.keys, x.count), values: array(x.values, x.count), filter: array(x.filter, x.filterCount), filterShift: x.filterShift)
        }
        let names = String(cString: t.conceptNames).split(separator: "\n").map(String.init)
        return TextLexicon.Tables(
            conceptNames: names, words: array(t.words, t.wordsCount), index: index(t.index),
            expansions: array(t.expansions, t.expansionsCount), phraseElements: array(t.phraseElements, t.phraseElementsCount),
            phraseSpans: array(t.phraseSpans, t.phraseSpansCount), vocabulary: index(t.vocabulary), deletions: index(t.deletions),
            typoShapes: array(t.typoShapes, t.typoShapesCount), typoBytes: array(t.typoBytes, t.typoBytesCount),
            typoStarts: array(t.typoStarts, t.typoStartsCount), typoLemmas: array(t.typoLemmas, t.typoLemmasCount)
        )
    }

    /// The concept of `lexicon/concepts/NAME.txt`.
    public static func concept(_ c: LexiconConcept) -> Concept {
        guard let found = shared.concept(c.rawValue) else { fatalError("lexicon concept \(c.rawValue) is missing") }
        return found
    }
}

extension TextLexicon {
    /// The concept of `lexicon/concepts/NAME.txt` in this lexicon, or `Concept.missing` (which no
    /// text ever mentions) when the lexicon lacks it.
    public func concept(_ c: LexiconConcept) -> Concept { concept(c.rawValue) ?? .missing }
}
