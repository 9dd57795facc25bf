/// The `key: value` fields of a case pack (see packs/README.md). Raw values are the keys a
/// trainer types.
public enum PackField: String, CaseIterable, Sendable {
    // Pack-wide (before the first case), defaults for every case of the pack.
    case pack, title
    // Per case (industry, difficulty, signature and contact may also be given pack-wide).
    case verdict, facts, claims, context, note, review, model, industry, difficulty, signature, contact
    /// The composer's details for the model reply (the chat asks the owner for them).
    case whatWentWrong = "what_went_wrong", whatWeDid = "what_we_did"

    /// The fields a case must have.
    public static let required: [PackField] = [.verdict, .facts, .context, .note, .review]
    /// The fields allowed before the first case.
    public static let packWide: [PackField] = [.pack, .title, .industry, .difficulty, .signature, .contact]
    /// The fields allowed in a case.
    public static let perCase: [PackField] = [.verdict, .facts, .claims, .context, .note, .review, .model, .industry, .difficulty, .signature, .contact,
        .whatWentWrong, .whatWeDid,
    ]

    /// Whether the value keeps its line breaks (the review and the model reply); other fields
    /// join their continuation lines with a space.
    var keepsLines: Bool { self == .review || self == .model }
}

/// How hard a case is meant to be, as the trainer judges it.
public enum CaseDifficulty: String, CaseIterable, Sendable {
    case easy, medium, hard
}
