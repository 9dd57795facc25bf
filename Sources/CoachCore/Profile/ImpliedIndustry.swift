import CoachLexicon
import CoachText

extension Industry {
    /// The confidential industry a review's own words show, for a reply whose owner has not said
    /// theirs: a review of a dentist, a doctor or a clinic is answered as healthcare, one of a
    /// accountant or a law firm as professional, so that no reply confirms a patient
    /// or client. Any other review gives nil (the general wording).
    public static func implied(by review: String) -> Industry? {
        guard !review.isEmpty else { return nil }
        let text = TextAnalysis(review, lexicon: EmbeddedLexicon.shared)
        for (concept, industry) in cues where text.matches.contains(where: { $0.concept == concept && !$0.negated }) {
            return industry
        }
        return nil
    }

    /// The concepts that show a confidential industry, healthcare first.
    private static let cues: [(Concept, Industry)] = [
        (EmbeddedLexicon.shared.concept(.healthcareSetting), .healthcare),
        (EmbeddedLexicon.shared.concept(.professionalSetting), .professional),
    ]

    /// The lexicon concepts read here (every concept in `lexicon/concepts/` must be read by a rule).
    public static var lexiconConceptsRead: [String] {
        [LexiconConcept.healthcareSetting, .professionalSetting].map(\.rawValue)
    }
}
