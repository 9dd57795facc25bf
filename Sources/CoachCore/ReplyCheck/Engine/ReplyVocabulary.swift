import CoachLexicon
import CoachText

/// The lexicon's concepts as the reply rules name them. Every word a reply rule listens for is in
/// `lexicon/concepts/reply-*.txt` (and the shared `second-person`, `review-object`); the rules
/// only combine concepts.
struct ReplyVocabulary: Sendable {
    let lexicon: TextLexicon
    let accusation, rival, diagnosis, insult, mockery, suggestion, life: Concept
    let medical, careNoun, possessive, clientTie: Concept
    let link, promotion, nameAsk, identify, privateChannel, said: Concept
    let nonApology, dismissal, gift, reviewChange: Concept
    let signatureRole, contact, insinuation, legal, courtesy, blame, contrast, taunt, done, redress: Concept
    let apology, feeling, genericHarm, faculty, personFailing, mockTitle, rhetorical, imperative, deceit: Concept
    let omission, customerClass, hadYou, lateness, inevitable, mishap, youSaid: Concept
    let starAsk, contentment, nextTime, sameForAll, unlawful, veiledThreat, police, felt, caseDetail, unnegate, warning, dwelling: Concept
    let secondPerson, reviewObject, firstPerson, copula, condition, negator, demonstrative: Concept

    /// The shipped lexicon's concepts (immutable).
    static let shipped = ReplyVocabulary(lexicon: EmbeddedLexicon.shared)

    init(lexicon: TextLexicon) {
        self.lexicon = lexicon
        func c(_ name: LexiconConcept) -> Concept { lexicon.concept(name) }
        accusation = c(.replyAccusation); rival = c(.replyRival); diagnosis = c(.replyDiagnosis)
        insult = c(.replyInsult); mockery = c(.replyMockery); suggestion = c(.replySuggestion); life = c(.replyLife)
        medical = c(.replyMedical); careNoun = c(.replyCareNoun); possessive = c(.replyPossessive); clientTie = c(.replyClientTie)
        link = c(.replyLink); promotion = c(.replyPromotion); nameAsk = c(.replyNameAsk); identify = c(.replyIdentify)
        privateChannel = c(.replyPrivateChannel); said = c(.replySaid)
        nonApology = c(.replyNonApology); dismissal = c(.replyDismissal); gift = c(.replyGift); reviewChange = c(.replyReviewChange)
        signatureRole = c(.replySignatureRole); contact = c(.replyContact); insinuation = c(.replyInsinuation)
        legal = c(.replyLegal); courtesy = c(.replyCourtesy); blame = c(.replyBlame); contrast = c(.contrast); taunt = c(.replyTaunt); done = c(.replyDone); redress = c(.replyRedress)
        apology = c(.replyApology); feeling = c(.replyFeeling); genericHarm = c(.replyGenericHarm); faculty = c(.replyFaculty)
        personFailing = c(.replyPersonFailing); mockTitle = c(.replyMockTitle); rhetorical = c(.replyRhetorical)
        imperative = c(.replyImperative); deceit = c(.replyDeceit)
        omission = c(.replyOmission); customerClass = c(.replyCustomerClass); hadYou = c(.replyHadYou); lateness = c(.replyLateness)
        inevitable = c(.replyInevitable); mishap = c(.replyMishap); youSaid = c(.replyYouSaid)
        starAsk = c(.replyStarAsk); contentment = c(.replyContentment); nextTime = c(.replyNextTime); sameForAll = c(.replySameForAll)
        unlawful = c(.replyUnlawful); veiledThreat = c(.replyVeiledThreat)
        police = c(.replyPolice); felt = c(.replyFelt); caseDetail = c(.replyCaseDetail)
        unnegate = c(.replyUnnegate); warning = c(.replyWarning); dwelling = c(.replyDwelling)
        secondPerson = c(.secondPerson); reviewObject = c(.reviewObject); firstPerson = c(.firstPerson); copula = c(.copula)
        condition = c(.condition); negator = c(.negator); demonstrative = c(.demonstrative)
    }

    /// The concepts the reply rules read (the lexicon test checks every concept is read by a rule).
    static let conceptsRead: [LexiconConcept] = [
        .replyAccusation, .replyRival, .replyDiagnosis, .replyInsult, .replyMockery, .replySuggestion, .replyLife,
        .replyMedical, .replyCareNoun, .replyPossessive, .replyClientTie,
        .replyLink, .replyPromotion, .replyNameAsk, .replyIdentify, .replyPrivateChannel, .replySaid,
        .replyNonApology, .replyDismissal, .replyGift, .replyReviewChange,
        .replySignatureRole, .replyContact, .replyInsinuation, .replyLegal, .replyCourtesy, .replyBlame, .replyTaunt, .replyDone, .replyRedress,
        .replyApology, .replyFeeling, .replyGenericHarm, .replyFaculty, .replyPersonFailing, .replyMockTitle, .replyRhetorical,
        .replyImperative, .replyDeceit, .replyOmission, .replyCustomerClass, .replyHadYou, .replyLateness, .replyInevitable,
        .replyMishap, .replyYouSaid, .replyStarAsk, .replyContentment, .replyNextTime, .replySameForAll, .replyUnlawful, .replyVeiledThreat, .replyPolice, .replyFelt, .replyCaseDetail, .replyUnnegate, .replyWarning, .replyDwelling,
    ]
}

extension ReplyChecker {
    /// The names of the lexicon concepts the reply rules read.
    public static var lexiconConceptsRead: [String] { ReplyVocabulary.conceptsRead.map(\.rawValue) }
}
