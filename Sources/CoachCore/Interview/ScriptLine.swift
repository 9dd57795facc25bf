/// One typed line as a step of a script reads it: a command, a line that looks like a command
/// but is not one, or input for the step. The interview and practice both read lines through
/// it, so "/back" is a command at every step, in a draft too, and never text.
public enum ScriptLine: Sendable, Equatable {
    /// A known command, with the word as typed ("/undo" for `.back`).
    case command(SlashCommand, typed: String)
    case unknownCommand(String)
    case badArgument(command: String, given: String)
    /// Anything else: an answer, a line of text, or nothing.
    case input(String)

    public init(_ line: String) {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix("/") else {
            self = .input(line)
            return
        }
        switch SlashCommand.parse(trimmed) {
        case .success(let command):
            self = .command(command, typed: String(trimmed.prefix { !$0.isWhitespace }))
        case .failure(.unknown(let word)): self = .unknownCommand(word)
        case .failure(.badArgument(let command, let given)): self = .badArgument(command: command, given: given)
        case .failure(.notACommand): self = .input(line)
        }
    }
}
