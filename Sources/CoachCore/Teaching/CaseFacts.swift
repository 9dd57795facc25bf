/// Reads a case's facts line, `customer_found=yes our_fault=partly demand=no abusive=no`: every
/// one of the four facts, once, with a value that fact accepts.
public enum CaseFacts {
    /// The owner's answers the line states.
    public static func parse(_ line: String) throws(CaseFactsError) -> OwnerFacts {
        var facts = OwnerFacts()
        var seen: Set<FactName> = []
        for word in line.split(whereSeparator: \.isWhitespace) {
            let pair = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, let fact = FactName(rawValue: String(pair[0])) else {
                throw .notAFact(String(word))
            }
            guard seen.insert(fact).inserted else { throw .repeated(fact) }
            let value = String(pair[1])
            switch fact {
            case .customerFound: facts.customerFound = YesNoUnsure(rawValue: value)
            case .ourFault: facts.ourFault = FaultAnswer(rawValue: value)
            case .demand: facts.demand = YesNoUnsure(rawValue: value)
            case .abusive: facts.abusive = YesNoUnsure(rawValue: value)
            }
            let accepted = switch fact {
            case .customerFound: facts.customerFound != nil
            case .ourFault: facts.ourFault != nil
            case .demand: facts.demand != nil
            case .abusive: facts.abusive != nil
            }
            guard accepted else { throw .badValue(fact, value) }
        }
        if let missing = FactName.allCases.first(where: { !seen.contains($0) }) { throw .missing(missing) }
        return facts
    }

    /// The facts as a line again, in the contract order (for reports and tests).
    public static func line(_ facts: OwnerFacts) -> String {
        [
            "customer_found=\(facts.customerFound?.rawValue ?? "unsure")",
            "our_fault=\(facts.ourFault?.rawValue ?? "unsure")",
            "demand=\(facts.demand?.rawValue ?? "unsure")",
            "abusive=\(facts.abusive?.rawValue ?? "unsure")",
        ].joined(separator: " ")
    }
}

/// What is wrong with a case's facts line, said so a trainer can fix it.
public enum CaseFactsError: Error, Equatable, CustomStringConvertible {
    case notAFact(String)
    case repeated(FactName)
    case badValue(FactName, String)
    case missing(FactName)

    public var description: String {
        switch self {
        case .notAFact(let word):
            "\"\(word)\" is not fact=value with one of \(FactName.allCases.map(\.rawValue).joined(separator: ", "))"
        case .repeated(let fact): "\(fact.rawValue) is given twice; keep one"
        case let .badValue(fact, value):
            "\(fact.rawValue)=\(value): use one of \(fact.acceptedValues.joined(separator: ", "))"
        case .missing(let fact): "\(fact.rawValue) is missing; state all four facts"
        }
    }
}
