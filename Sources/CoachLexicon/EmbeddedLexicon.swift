import CoachText

/// The lexicon in `lexicon/`, compiled into the binary at build time (see `LexiconEmbedder`) and
/// read into a `TextLexicon` once. The build has already rejected any malformed line.
public enum EmbeddedLexicon {
    /// The lexicon's files: path under `lexicon/` and text.
    public static var files: [(name: String, text: String)] { storage }

    /// The compiled lexicon every rule matches against (immutable, built on first use).
    public static let shared: TextLexicon = {
        guard let source = try? LexiconSource(files: storage) else { return TextLexicon(emptySource) }
        return TextLexicon(source)
    }()

    private static var emptySource: LexiconSource { (try? LexiconSource(files: [])) ?? { fatalError("unreachable") }() }

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
