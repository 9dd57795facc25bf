import CoachLexicon
import CoachText

/// The text as the engine reads it, with the shipped lexicon.
func analyse(_ text: String) -> TextAnalysis {
    TextAnalysis(text, lexicon: EmbeddedLexicon.shared)
}

extension TextAnalysis {
    /// The lemma hashes of the tokens, in order.
    var lemmas: [UInt64] { tokens.map(\.lemma) }

    /// Whether the concept occurs anywhere in the text.
    func mentions(_ c: LexiconConcept) -> Bool { allConcepts.contains(EmbeddedLexicon.concept(c)) }

    /// The quoted text of every occurrence of the concept.
    func quotes(_ c: LexiconConcept) -> [String] {
        matches.filter { $0.concept == EmbeddedLexicon.concept(c) }.map { text(tokens[$0.firstToken].start, tokens[$0.endToken - 1].end) }
    }
}

/// The hashes of some words, as lemmas are compared.
func lemmas(_ words: String) -> [UInt64] { words.split(separator: " ").map { TextHash.of(String($0)) } }
