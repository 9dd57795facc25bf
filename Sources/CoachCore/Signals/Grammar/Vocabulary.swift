import CoachLexicon
import CoachText

/// The lexicon's concepts as the signal rules name them, looked up once. Every word a rule
/// listens for is in `lexicon/concepts/`; the rules only combine concepts.
struct Vocabulary: Sendable {
    let lexicon: TextLexicon
    let reviewAction, removal, reviewObject, badRating, more, platform, audience: Concept
    let value, paymentChannel, request, condition, deadline, counterfactual, goesAhead: Concept
    let thirdParty, order, reference, persistence, count, valueVerb, demonstrative, payment, reported, secondPerson, firstPerson: Concept
    let exEmployee, rival, wrongBusiness, offTopic, spamCue, spamAction, advice, notAbsence, wish, desire, adviceOthers, copula, orLink, exposure, selfPromo: Concept
    let legal, legalIntent, threaten, bystander, serviceRequest: Concept
    let promiseLink, earns, awaiting, firstPossessive, goPublic, escalation: Concept
    // troll cues (issue 12): a past job, the writer's own business, what a review is about, a cause, a visit
    let jobRole, formerPost, ownBusiness, invitation, reviewTarget, notThis, cause, visitSign, neverCustomer, neverVisited, plan, abandonedPlan, firstVisit, promoWord, plugLead, photo, phonePlug, insteadOf, promoVerb, ownContent, visit, perfect, visitWeak, refusal, contrast, acquaintance, hearsay, hearsaySource, jobElsewhere, personalTie, rivalPlace: Concept
    // troll cues, second round: a past job or a tie to the owner, a page named, judging from afar
    let pastJob, formerMark, workStint, workPlace, tieVerb, ownerPerson, wrongName, notTheirFault, remoteJudgement, visitBare, elidedDenial, notMe, bareDenial, visitTo: Concept
    // abuse (P13): insults aimed at people
    let insult, insultNoun, insultAdjective, curseAt, person, insultCopula, insultLinker, selfRef, selfObject, selfVerb, treatVerb, openPerson, insultStopper, selfAfter, listLink, placeNoun: Concept

    /// Concepts a demand needs one of on each side: an action on reviews, and something asked.
    var actConcepts: ConceptSet { ConceptSet([reviewAction, removal, reviewObject, persistence, exposure, badRating, earns, goPublic, platform, escalation]) }
    var askConcepts: ConceptSet { ConceptSet([value, request, payment, paymentChannel, valueVerb, serviceRequest, awaiting]) }
    /// What a sentence without an action on reviews needs for an ask to be looked for in it.
    var askedConcepts: ConceptSet { ConceptSet([value, request, payment, paymentChannel, serviceRequest, valueVerb, awaiting]) }

    /// The shipped lexicon's concepts (immutable).
    static let shipped = Vocabulary(lexicon: EmbeddedLexicon.shared)

    init(lexicon: TextLexicon) {
        self.lexicon = lexicon
        func c(_ name: LexiconConcept) -> Concept { lexicon.concept(name) }
        reviewAction = c(.reviewAction); removal = c(.removal); reviewObject = c(.reviewObject)
        badRating = c(.badRating); more = c(.more); platform = c(.platform); audience = c(.audience)
        value = c(.value); paymentChannel = c(.paymentChannel); request = c(.request)
        condition = c(.condition); deadline = c(.deadline); counterfactual = c(.counterfactual)
        goesAhead = c(.goesAhead); thirdParty = c(.thirdParty); order = c(.order); reference = c(.reference); persistence = c(.persistence); count = c(.count); valueVerb = c(.valueVerb); demonstrative = c(.demonstrative); payment = c(.payment); reported = c(.reported); secondPerson = c(.secondPerson); firstPerson = c(.firstPerson)
        exEmployee = c(.exEmployee); rival = c(.rival); wrongBusiness = c(.wrongBusiness); offTopic = c(.offTopic)
        spamCue = c(.spamCue); spamAction = c(.spamAction); advice = c(.advice); notAbsence = c(.notAbsence); wish = c(.wish); desire = c(.desire); adviceOthers = c(.adviceOthers); copula = c(.copula); orLink = c(.orLink); exposure = c(.exposure); selfPromo = c(.selfPromo)
        legal = c(.legal); legalIntent = c(.legalIntent); threaten = c(.threaten); bystander = c(.bystander); serviceRequest = c(.serviceRequest)
        promiseLink = c(.promiseLink); earns = c(.earns); awaiting = c(.awaiting); firstPossessive = c(.firstPossessive); goPublic = c(.goPublic); escalation = c(.escalation)
        jobRole = c(.jobRole); formerPost = c(.formerPost); ownBusiness = c(.ownBusiness); invitation = c(.invitation); reviewTarget = c(.reviewTarget); notThis = c(.notThis)
        cause = c(.cause); visitSign = c(.visitSign); neverCustomer = c(.neverCustomer); neverVisited = c(.neverVisited); plan = c(.plan); abandonedPlan = c(.abandonedPlan); firstVisit = c(.firstVisit)
        promoWord = c(.promoWord); plugLead = c(.plugLead); photo = c(.photo); phonePlug = c(.phonePlug); insteadOf = c(.insteadOf); promoVerb = c(.promoVerb); ownContent = c(.ownContent); visit = c(.visit); perfect = c(.perfect); visitWeak = c(.visitWeak); refusal = c(.refusal); contrast = c(.contrast); acquaintance = c(.acquaintance); hearsay = c(.hearsay); hearsaySource = c(.hearsaySource); jobElsewhere = c(.jobElsewhere); personalTie = c(.personalTie); rivalPlace = c(.rivalPlace)
        pastJob = c(.pastJob); formerMark = c(.formerMark); workStint = c(.workStint); workPlace = c(.workPlace); tieVerb = c(.tieVerb); ownerPerson = c(.ownerPerson); wrongName = c(.wrongName); notTheirFault = c(.notTheirFault); remoteJudgement = c(.remoteJudgement)
        visitBare = c(.visitBare); elidedDenial = c(.elidedDenial); notMe = c(.notMe); bareDenial = c(.bareDenial); visitTo = c(.visitTo)
        insult = c(.insult); insultNoun = c(.insultNoun); insultAdjective = c(.insultAdjective); curseAt = c(.curseAt); person = c(.person); insultCopula = c(.insultCopula); insultLinker = c(.insultLinker); selfRef = c(.selfRef)
        selfObject = c(.selfObject); selfVerb = c(.selfVerb); treatVerb = c(.treatVerb); openPerson = c(.openPerson); insultStopper = c(.insultStopper); selfAfter = c(.selfAfter); listLink = c(.listLink); placeNoun = c(.placeNoun)
    }

    /// The concepts each rule reads (the lexicon test checks every concept is read by one).
    static let conceptsRead: [LexiconConcept] = [
        .reviewAction, .removal, .reviewObject, .badRating, .more, .platform, .audience, .value,
        .paymentChannel, .request, .condition, .deadline, .counterfactual, .goesAhead, .thirdParty,
        .order, .reference, .persistence, .count, .valueVerb, .demonstrative, .payment, .reported, .secondPerson, .firstPerson,
        .exEmployee, .rival, .wrongBusiness, .offTopic, .spamCue, .spamAction, .advice, .notAbsence, .wish, .desire, .adviceOthers, .copula, .orLink, .exposure, .selfPromo,
        .legal, .legalIntent, .threaten, .bystander, .serviceRequest,
        .promiseLink, .earns, .awaiting, .firstPossessive, .goPublic, .escalation,
        .jobRole, .formerPost, .ownBusiness, .invitation, .reviewTarget, .notThis, .cause, .visitSign, .neverCustomer, .neverVisited, .plan, .abandonedPlan, .firstVisit, .promoWord, .plugLead, .photo, .phonePlug, .insteadOf, .promoVerb, .ownContent, .visit, .perfect, .visitWeak, .refusal, .acquaintance, .hearsay, .hearsaySource, .jobElsewhere, .personalTie, .rivalPlace,
        .pastJob, .formerMark, .workStint, .workPlace, .tieVerb, .ownerPerson, .wrongName, .notTheirFault, .remoteJudgement, .visitBare, .elidedDenial, .notMe, .bareDenial, .visitTo,
        .insult, .insultNoun, .insultAdjective, .curseAt, .person, .insultCopula, .insultLinker, .selfRef, .selfObject, .selfVerb, .treatVerb, .openPerson, .insultStopper, .selfAfter, .listLink, .placeNoun,
        // read by the engine itself
        .negator, .contrast, .currency, .webSuffix,
    ]
}

extension SignalDetector {
    /// The names of the lexicon concepts the signal rules and the engine read (every concept in
    /// `lexicon/concepts/` must be one: the tests fail on a concept no rule uses).
    public static var lexiconConceptsRead: [String] { Vocabulary.conceptsRead.map(\.rawValue) }
}
