/// The four facts the verdict rules read. Raw values are the contract names used in JSON and prompts.
public enum FactName: String, CaseIterable, Sendable, Codable {
    case customerFound = "customer_found"
    case ourFault = "our_fault"
    case demand
    case abusive

    /// The answers this fact accepts, as contract strings, in the order they are offered.
    public var acceptedValues: [String] { choices.words }

    /// The set of answers the owner chooses from.
    public var choices: Choices {
        switch self {
        case .ourFault: .fault
        default: .yesNoUnsure
        }
    }
}
