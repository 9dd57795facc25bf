/// A trainee's name as given to `practice --name` and `--progress`: one to forty letters,
/// digits, spaces, hyphens, full stops or apostrophes, trimmed. Anything else (a slash, a
/// control character, a quote, a bracket) is refused, so a name is safe in a report, a terminal
/// and a file name alike.
public struct TraineeName: Sendable, Equatable, Hashable {
    public let text: String

    /// The longest name, in characters.
    public static let maxLength = 40

    /// Why a name was refused; each has its sentence in `prompts/class.txt`.
    public enum Problem: Error, Sendable, Equatable {
        case empty
        case tooLong
        /// The first character that is not allowed.
        case unsafe(Character)

        /// The key of the sentence that says what to do.
        public var key: ClassKey {
            switch self {
            case .empty: .nameEmpty
            case .tooLong: .nameTooLong
            case .unsafe: .nameUnsafe
            }
        }
    }

    public init(_ raw: String) throws(Problem) {
        let trimmed = String(raw.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !trimmed.isEmpty else { throw .empty }
        guard trimmed.count <= Self.maxLength else { throw .tooLong }
        if let bad = trimmed.first(where: { !Self.allowed($0) }) { throw .unsafe(bad) }
        text = trimmed
    }

    /// Letters and digits of any script, and the few marks names use.
    static func allowed(_ character: Character) -> Bool {
        if character == " " || character == "-" || character == "." || character == "'" { return true }
        guard character.unicodeScalars.count == 1 || character.isLetter else { return false }
        return character.isLetter || character.isNumber
    }
}

extension TraineeName.Problem {
    /// The sentence for this problem, naming the option it came from (`--name`).
    public func message(option: String, catalog: PromptCatalog) -> String {
        var values = ["option": option, "max": "\(TraineeName.maxLength)"]
        if case .unsafe(let character) = self { values["character"] = UntrustedText.terminal(String(character)) }
        return catalog.text(key, values)
    }
}
