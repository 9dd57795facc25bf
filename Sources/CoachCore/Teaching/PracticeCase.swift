/// One example review from the case library, with what the owner knows about it. The verdict
/// practice grades by is always the one the rules compute from the facts and the text; a pack's
/// expected verdict is only checked against it when the pack loads.
public struct PracticeCase: Sendable, Equatable {
    /// The case id, the digits in its keys ("01", "26").
    public var id: String
    public var review: String
    /// The owner's answers to the four questions, as the case states them.
    public var facts: OwnerFacts
    public var context: String
    public var note: String
    /// What a case pack adds: the expected verdict, claims, industry, model reply, signature.
    public var extras: CaseExtras

    public init(id: String, review: String, facts: OwnerFacts, context: String, note: String, extras: CaseExtras = CaseExtras()) {
        self.id = id
        self.review = review
        self.facts = facts
        self.context = context
        self.note = note
        self.extras = extras
    }

    /// What the coach makes of the case: the review's signals and the stated facts, through
    /// the same rules, reply composer and checker as the chat.
    /// The reply is composed with the case's claims, industry, details and contact line, and signed
    /// with its signature (or the defaults in prompts).
    public func assessment(catalog: PromptCatalog) -> Assessment {
        var details = ReplyDetails([
            .name: extras.signature ?? catalog.text(PackKey.defaultSignature.rawValue),
            .contact: extras.contact ?? catalog.text(PackKey.defaultContact.rawValue),
        ])
        details[.whatWentWrong] = extras.whatWentWrong
        details[.whatWeDid] = extras.whatWeDid
        return Assessment(
            signals: SignalDetector.detect(in: review), owner: facts, details: details, catalog: catalog,
            industry: extras.industry, review: review, claims: extras.claims.isEmpty ? nil : extras.stated(in: review))
    }

    /// What a reply to this case is checked and graded against: the rules' verdict, the fault,
    /// the industry (a clinic's reply is held to the privacy rule) and the review.
    public func replyContext(_ assessment: Assessment) -> ReplyContext {
        ReplyContext(verdict: assessment.verdict, ourFault: facts.ourFault, industry: extras.industry, review: review)
    }

    /// The model answer shown after the trainee's draft: the pack's own, or the coach's reply.
    public func modelReply(_ assessment: Assessment) -> String { extras.modelReply ?? assessment.reply }
}
