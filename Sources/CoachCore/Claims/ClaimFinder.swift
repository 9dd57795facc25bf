import CoachLexicon
import CoachText

/// Finds the allegations in a review on the text engine: one claim per category, quoting the
/// first sentence that makes it, most serious category first. A claim is a whole phrase of its
/// category, or a topic and a fault of it in one clause (`ClaimConcepts`). Every word it listens
/// for is in `lexicon/concepts/claim-*.txt`, `not-a-claim.txt` and `taken-back.txt`.
public struct ClaimFinder: Sendable {
    let lexicon: TextLexicon
    /// The fitted word weights that find claims the lexicon's phrases miss.
    let model: ClaimModel
    private let categories: [ClaimConcepts]
    /// Names of things that hold a claim word but make no complaint ("waiting room").
    private let notAClaim: Concept?
    /// Words that take back what the sentence said before them ("but worth it").
    private let takenBack: Concept?
    /// Words opening a supposed case ("if", "unless"): a failure said under one is no claim.
    private let hypothetical: Concept?
    /// How many words may stand between a topic and its fault.
    static let reach = 8

    /// The finder on the shipped lexicon.
    public static let shipped = ClaimFinder(lexicon: EmbeddedLexicon.shared, model: .shipped)

    public init(lexicon: TextLexicon, model: ClaimModel? = nil) {
        self.lexicon = lexicon
        self.model = model ?? ClaimModel(text: "", lexicon: lexicon)
        categories = ClaimCategory.allCases.map { ClaimConcepts($0, lexicon: lexicon) }
        notAClaim = lexicon.concept(LexiconConcept.notAClaim.rawValue)
        takenBack = lexicon.concept(LexiconConcept.takenBack.rawValue)
        hypothetical = lexicon.concept(LexiconConcept.hypothetical.rawValue)
    }

    /// The names of the lexicon concepts the claims read.
    public static var lexiconConceptsRead: [String] {
        ClaimCategory.allCases.flatMap { [$0.concept, $0.topicConcept, $0.faultConcept].compactMap { $0?.rawValue } }
            + [LexiconConcept.notAClaim.rawValue, LexiconConcept.takenBack.rawValue, LexiconConcept.hypothetical.rawValue]
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
        for concepts in categories where concepts.mayOccur(in: text) {
            guard let (s, token) = firstMention(of: concepts, in: text) else { continue }
            found.append((concepts.category, token, s))
        }
        // then what the fitted model reads in sentences the phrases left that category out of
        // (never in a sentence that supposes a case: "if they do not refund the deposit")
        for s in text.sentences.indices where !(hypothetical.map { text.sentenceConcepts[s].contains($0) } ?? false) {
            for category in model.categories(in: text, sentence: s) where !found.contains(where: { $0.category == category }) {
                found.append((category, text.sentences[s].firstToken, s))
            }
        }
        let serious = found.filter(\.category.isSerious)
        let others = found.filter { !$0.category.isSerious }.sorted { $0.token < $1.token }
        return (serious + others).enumerated().map { n, f in
            let span = text.sentences[f.sentence]
            return Claim(id: "c\(n + 1)", category: f.category, text: text.text(span.start, span.end))
        }
    }

    /// The sentence and token of the first mention of the category that counts.
    private func firstMention(of c: ClaimConcepts, in text: TextAnalysis) -> (Int, Int)? {
        let negatedCounts = c.category.countsNegatedMentions
        for s in text.sentences.indices {
            let have = text.sentenceConcepts[s]
            let whole = c.whole.map { have.contains($0) } == true
            let composed = c.topic.map { have.contains($0) } == true && c.fault.map { have.contains($0) } == true
            guard whole || composed else { continue }
            let matches = text.matches[text.sentenceMatches[s]]
            // a claim word counts unless it is inside a name ("waiting room") or taken back later
            // in its sentence ("steep but worth it")
            let masks = matches.filter { $0.concept == notAClaim }
            let takeBack = matches.first { $0.concept == takenBack && !$0.negated }
            // a negated failure counts as a report ("never got my money back"), but not as a
            // condition ("if I don't get my money back"): a supposed case earlier in its clause
            let supposed = { (m: ConceptMatch) in
                matches.contains { h in
                    h.concept == hypothetical && h.firstToken < m.firstToken && text.tokens[h.firstToken].clause == text.tokens[m.firstToken].clause
                }
            }
            let counts = { (m: ConceptMatch) in
                (negatedCounts ? !((m.negated || text.tokens[m.firstToken].flags.contains(.negator)) && supposed(m)) : !m.negated)
                    && !masks.contains { $0.firstToken <= m.firstToken && m.endToken <= $0.endToken }
                    && takeBack.map { m.endToken > $0.firstToken } != false
            }
            var first: Int?
            if whole, let m = matches.first(where: { $0.concept == c.whole && counts($0) }) { first = m.firstToken }
            if composed, let token = firstComposed(c, in: text, sentence: s, matches: matches, counts: counts) {
                first = min(first ?? token, token)
            }
            if let first { return (s, first) }
        }
        return nil
    }

    /// Where the first topic with a fault of it in its clause (within `reach` words) is complete:
    /// the later of the two, so "my pizza arrived late and cold" raises the lateness first.
    private func firstComposed(
        _ c: ClaimConcepts, in text: TextAnalysis, sentence s: Int, matches: ArraySlice<ConceptMatch>, counts: (ConceptMatch) -> Bool
    ) -> Int? {
        var first: Int?
        for topic in matches where topic.concept == c.topic && counts(topic) {
            if let seen = first, topic.firstToken > seen { break }
            let clause = text.tokens[topic.firstToken].clause
            let window = max(0, topic.firstToken - Self.reach)..<(topic.endToken + Self.reach)
            let fault = text.matches(startingIn: window, sentence: s).first { f in
                f.concept == c.fault && text.tokens[f.firstToken].clause == clause && counts(f)
                    && (f.firstToken >= topic.endToken || f.endToken <= topic.firstToken)
            }
            if let fault { first = min(first ?? .max, max(topic.firstToken, fault.firstToken)) }
        }
        return first
    }
}
