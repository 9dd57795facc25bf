/// The states of the interview. Raw values are the ids used in prompts/ ("ask.<id>", "why.<id>").
public enum Step: String, CaseIterable, Sendable, Codable {
    /// Collecting the review, line by line, until an empty line.
    case review
    /// How the owner feels right now (P1).
    case mood
    /// The owner is angry: a pause, until they say they are ready (P1).
    case paused
    case customerFound = "customer_found"
    case ourFault = "our_fault"
    case demand
    case abusive
    /// Details the reply needs (only those the verdict's reply uses).
    case whatWentWrong = "what_went_wrong"
    case whatWeDid = "what_we_did"
    case contact
    case name
    /// The verdict, reply and next steps have been shown; the owner may draft, save, restart or quit.
    case done
    /// Collecting the owner's own draft reply, until an empty line.
    case draft

    /// What kind of input the step accepts.
    public var accepts: AnswerKind {
        switch self {
        case .review, .draft: .multilineText
        case .mood: .mood
        case .paused: .ready
        case .customerFound, .demand, .abusive: .yesNoUnsure
        case .ourFault: .fault
        case .whatWentWrong, .whatWeDid, .contact, .name: .detail
        case .done: .commandsOnly
        }
    }

    /// The fact this step asks about, if it asks about one.
    public var fact: FactName? {
        switch self {
        case .customerFound: .customerFound
        case .ourFault: .ourFault
        case .demand: .demand
        case .abusive: .abusive
        default: nil
        }
    }

    /// The reply detail this step asks for, if it asks for one.
    public var detail: ReplyDetail? {
        switch self {
        case .whatWentWrong: .whatWentWrong
        case .whatWeDid: .whatWeDid
        case .contact: .contact
        case .name: .name
        default: nil
        }
    }
}

/// The kinds of input a step accepts.
public enum AnswerKind: String, CaseIterable, Sendable {
    case multilineText = "multiline_text"
    case mood
    case ready
    case yesNoUnsure = "yes_no_unsure"
    case fault
    case detail
    case commandsOnly = "commands_only"

    /// The canonical words Tab completes to at a step of this kind.
    public var completions: [String] {
        switch self {
        case .mood: Mood.allCases.map(\.rawValue)
        case .ready: ["ready"]
        case .yesNoUnsure: YesNoUnsure.allCases.map(\.rawValue)
        case .fault: FaultAnswer.allCases.map(\.rawValue)
        case .detail: ["skip"]
        case .multilineText, .commandsOnly: []
        }
    }
}

/// How the owner feels right now.
public enum Mood: String, CaseIterable, Sendable, Codable {
    case calm, upset, angry
}
