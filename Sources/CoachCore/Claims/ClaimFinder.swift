import CoachLexicon
import CoachText

/// Finds the allegations in a review on the text engine: one claim per category, quoting the
/// first sentence that mentions it, most serious category first. Every word it listens for is
/// in `lexicon/concepts/claim-*.txt`.
public struct ClaimFinder: Sendable {
    let lexicon: TextLexicon
    private let concepts: [(ClaimCategory, Concept)]
    /// Names of things that hold a claim word but make no complaint ("waiting room").
    private let notAClaim: Concept?

    /// The finder on the shipped lexicon.
    public static let shipped = ClaimFinder(lexicon: EmbeddedLexicon.shared)

    public init(lexicon: TextLexicon) {
        self.lexicon = lexicon
        concepts = ClaimCategory.allCases.compactMap { category in
            category.concept.flatMap { lexicon.concept($0.rawValue) }.map { (category, $0) }
        }
        notAClaim = lexicon.concept(LexiconConcept.notAClaim.rawValue)
    }

    /// The names of the lexicon concepts the claims read.
    public static var lexiconConceptsRead: [String] {
        ClaimCategory.allCases.compactMap(\.concept?.rawValue) + [LexiconConcept.notAClaim.rawValue]
    }

    /// The claims of `review`, most serious first.
    public func claims(in review: String) -> [Claim] {
        claims(in: TextAnalysis(review, lexicon: lexicon))
    }

    /// The claims of a text already read by the engine: the serious ones first (safety, health,
    /// discrimination, in `ClaimCategory` order), then the others in the order the review
    /// raises them (its main complaint usually comes first).
    public func claims(in text: TextAnalysis) -> [Claim] {
        var found: [(category: ClaimCategory, token: Int, sentence: Int)] = []
        for (category, concept) in concepts where text.allConcepts.contains(concept) {
            guard let (s, token) = firstMention(of: concept, in: text, countingNegated: category.countsNegatedMentions) else { continue }
            found.append((category, token, s))
        }
        let serious = found.filter(\.category.isSerious)
        let others = found.filter { !$0.category.isSerious }.sorted { $0.token < $1.token }
        return (serious + others).enumerated().map { n, f in
            let span = text.sentences[f.sentence]
            return Claim(id: "c\(n + 1)", category: f.category, text: text.text(span.start, span.end))
        }
    }

    /// The sentence and token of the first mention of `concept` that counts.
    private func firstMention(of concept: Concept, in text: TextAnalysis, countingNegated: Bool) -> (Int, Int)? {
        for s in text.sentences.indices where text.sentenceConcepts[s].contains(concept) {
            let matches = text.matches[text.sentenceMatches[s]]
            let names = matches.filter { $0.concept == notAClaim }
            let counts = { (m: ConceptMatch) in !names.contains { $0.firstToken <= m.firstToken && m.endToken <= $0.endToken } }
            if let m = matches.first(where: { $0.concept == concept && (countingNegated || !$0.negated) && counts($0) }) {
                return (s, m.firstToken)
            }
        }
        return nil
    }
}
