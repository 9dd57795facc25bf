import CoachLexicon
import CoachText

/// The lexicon's concepts the reply rubric reads: its own `lexicon/concepts/rubric-*.txt` and the
/// checker's signature roles and offers.
struct RubricVocabulary: Sendable {
    let lexicon: TextLexicon
    let apology, change, contact, teamSignature, closing, role, redress, gift: Concept

    static let shipped = RubricVocabulary(lexicon: EmbeddedLexicon.shared)

    init(lexicon: TextLexicon) {
        self.lexicon = lexicon
        func c(_ name: LexiconConcept) -> Concept { lexicon.concept(name) }
        apology = c(.rubricApology); change = c(.rubricChange); contact = c(.rubricContact)
        teamSignature = c(.rubricTeamSignature); closing = c(.rubricClosing)
        role = c(.replySignatureRole); redress = c(.replyRedress); gift = c(.replyGift)
    }

    /// The concepts the rubric reads (the lexicon test checks every concept is read by a rule).
    static let conceptsRead: [LexiconConcept] = [.rubricApology, .rubricChange, .rubricContact, .rubricTeamSignature, .rubricClosing]
}
