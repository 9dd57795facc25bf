/// The details the owner gives for the reply. Raw values are the placeholder names in prompts/.
public enum ReplyDetail: String, CaseIterable, Sendable, Codable {
    case whatWentWrong = "what_went_wrong"
    case whatWeDid = "what_we_did"
    case contact
    case name

    /// The details a verdict's reply uses, in the order they are asked.
    public static func needed(for verdict: Verdict) -> [ReplyDetail] {
        switch verdict {
        case .genuineGrievance: [.whatWentWrong, .whatWeDid, .contact, .name]
        case .threatBased, .troll: [.contact, .name]
        }
    }
}

/// The owner's answers for the reply details; a skipped or missing detail uses the default wording.
public struct ReplyDetails: Sendable, Equatable {
    public private(set) var values: [ReplyDetail: String]

    public init(_ values: [ReplyDetail: String] = [:]) { self.values = values }

    public subscript(detail: ReplyDetail) -> String? {
        get { values[detail] }
        set { values[detail] = newValue }
    }
}
