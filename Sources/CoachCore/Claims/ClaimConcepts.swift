import CoachLexicon
import CoachText

/// The lexicon concepts one claim category listens through: whole claims said in one phrase
/// (`claim-<category>.txt`, "food poisoning", "overcharged"), and a claim composed in one clause
/// of a topic (`claim-<category>-topic.txt`: "the bathroom", "waited", "charged") and a fault
/// said of it (`claim-<category>-fault.txt`: "filthy", "40 minutes", "twice"). A topic alone or
/// a fault alone is no claim: "the bathroom" praises as often as it blames.
struct ClaimConcepts: Sendable {
    let category: ClaimCategory
    let whole: Concept?
    let topic: Concept?
    let fault: Concept?

    init(_ category: ClaimCategory, lexicon: TextLexicon) {
        self.category = category
        func read(_ c: LexiconConcept?) -> Concept? { c.flatMap { lexicon.concept($0.rawValue) } }
        whole = read(category.concept)
        topic = read(category.topicConcept)
        fault = read(category.faultConcept)
    }

    /// Whether the text mentions any of the category's concepts at all.
    func mayOccur(in text: TextAnalysis) -> Bool {
        whole.map { text.allConcepts.contains($0) } == true
            || (topic.map { text.allConcepts.contains($0) } == true && fault.map { text.allConcepts.contains($0) } == true)
    }
}
