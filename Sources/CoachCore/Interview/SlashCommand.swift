/// The commands the owner can type at any prompt, starting with "/".
public enum SlashCommand: Sendable, Equatable {
    case help
    /// `/why`: the reason for the question asked; `/why P2`: that principle.
    case why(Principle?)
    case back
    case restart
    case summary
    case draft
    case save(path: String?)
    /// `/evidence FILE`: write the evidence pack for a platform's extortion report.
    case evidence(path: String?)
    case explain(on: Bool?)
    case quit

    /// The step command this is, for a command that moves along a script's edge.
    public var moves: StepCommand? {
        switch self {
        case .draft: .draft
        case .quit: .quit
        default: nil
        }
    }

    /// Every command word, as typed (for completion and the unknown-command error).
    public static let words = ["/help", "/why", "/back", "/restart", "/summary", "/draft", "/save", "/evidence", "/explain", "/quit"]

    /// Parses a line that starts with "/". Returns why it failed when the line is not a command.
    public static func parse(_ line: String) -> Result<SlashCommand, SlashCommandError> {
        let trimmed = line.trimmingWhitespace()
        let parts = trimmed.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let head = parts.first, head.hasPrefix("/") else { return .failure(.notACommand) }
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : nil
        switch head.lowercased() {
        case "/help", "/h", "/?": return .success(.help)
        case "/why":
            guard let argument else { return .success(.why(nil)) }
            guard let principle = Principle(rawValue: argument.uppercased()) else {
                return .failure(.badArgument(command: "/why", given: argument))
            }
            return .success(.why(principle))
        case "/back", "/undo": return .success(.back)
        case "/restart": return .success(.restart)
        case "/summary": return .success(.summary)
        case "/draft": return .success(.draft)
        case "/save": return .success(.save(path: argument))
        case "/evidence": return .success(.evidence(path: argument))
        case "/explain":
            switch argument?.lowercased() {
            case nil: return .success(.explain(on: nil))
            case "on": return .success(.explain(on: true))
            case "off": return .success(.explain(on: false))
            default: return .failure(.badArgument(command: "/explain", given: argument ?? ""))
            }
        case "/quit", "/exit", "/q": return .success(.quit)
        default: return .failure(.unknown(String(head)))
        }
    }
}

/// Why a line starting with "/" is not a command the coach knows.
public enum SlashCommandError: Error, Sendable, Equatable {
    case notACommand
    case unknown(String)
    case badArgument(command: String, given: String)
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}
