/// An owner's answer to a yes/no question where "not sure" is allowed.
public enum YesNoUnsure: String, CaseIterable, Sendable, Codable {
    case yes, no, unsure
}

/// An owner's answer to "did something go wrong on your side?", where "partly" is a real answer.
public enum FaultAnswer: String, CaseIterable, Sendable, Codable {
    case yes, partly, no, unsure
}

/// Where the value of a fact came from: the owner's answer, a signal in the review text, or neither.
public enum FactSource: String, CaseIterable, Sendable, Codable {
    case owner, text
    case `default` = "default"
}

/// A fact's value together with where it came from.
public struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var source: FactSource
    public init(_ value: Value, from source: FactSource) {
        self.value = value
        self.source = source
    }
}
