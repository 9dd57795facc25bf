/// What is wrong in a case pack, with the file and line and what to do about it. The shell
/// prints `description` as it is.
public struct CasePackError: Error, Equatable, CustomStringConvertible {
    /// The file (or the built-in pack's name) and the 1-based line the problem is on.
    public var file: String
    public var line: Int
    public var problem: CasePackProblem

    public init(file: String, line: Int, problem: CasePackProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(file):\(line): \(problem)" }
}

/// One kind of mistake in a case pack, said so a trainer can fix it without reading Swift.
public enum CasePackProblem: Equatable, CustomStringConvertible, Sendable {
    /// A line that is neither `key: value`, an indented continuation, a case header nor a comment.
    case notAField(String)
    case unknownField(String, allowed: [PackField])
    case repeatedField(PackField, firstLine: Int)
    case emptyField(PackField)
    case missingField(caseID: String, PackField)
    case continuationWithoutField
    case badHeader(String)
    case duplicateCase(String, firstLine: Int)
    case badFacts(CaseFactsError)
    case badVerdict(String)
    case badClaim(String)
    case badIndustry(String)
    case badDifficulty(String)
    case noCases
    /// The coach's own rules give another verdict than the one the file expects.
    case wrongVerdict(caseID: String, expected: Verdict, computed: Verdict, why: String)

    public var description: String {
        switch self {
        case .notAField(let text):
            "\"\(text.prefix(60))\" is not a field; write \"name: value\", indent a continuation line, or start a case with \"=== case ID ===\""
        case let .unknownField(name, allowed):
            "\"\(name)\" is not a field here; use one of \(allowed.map(\.rawValue).joined(separator: ", "))"
        case let .repeatedField(field, first):
            "\(field.rawValue) is given twice in this case (first on line \(first)); keep one"
        case .emptyField(let field):
            "\(field.rawValue) is empty; write its value after the colon or on indented lines below it"
        case let .missingField(id, field):
            "case \(id) has no \(field.rawValue); every case needs \(PackField.required.map(\.rawValue).joined(separator: ", "))"
        case .continuationWithoutField:
            "an indented line continues a field, but no field comes before it; start the line with \"name:\""
        case .badHeader(let text):
            "\"\(text)\" is not a case header; write \"=== case ID ===\" with an id of letters, digits, - or _"
        case let .duplicateCase(id, first):
            "case \(id) is already defined on line \(first); give each case its own id"
        case .badFacts(let error):
            "facts: \(error)"
        case .badVerdict(let value):
            "verdict \"\(value)\": use one of \(Verdict.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badClaim(let value):
            "claim \"\(value)\": use category names separated by commas, from \(ClaimCategory.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badIndustry(let value):
            "industry \"\(value)\": use one of \(Industry.allCases.map(\.rawValue).joined(separator: ", "))"
        case .badDifficulty(let value):
            "difficulty \"\(value)\": use one of \(CaseDifficulty.allCases.map(\.rawValue).joined(separator: ", "))"
        case .noCases:
            "the file has no case; start each case with a line \"=== case ID ===\""
        case let .wrongVerdict(id, expected, computed, why):
            "case \(id) expects \(expected.rawValue), but the coach's rules make it \(computed.rawValue): \(why). "
                + "Fix the facts or the review so they say what you mean, or expect \(computed.rawValue)."
        }
    }
}
