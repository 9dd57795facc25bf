/// What the chat loop asks of a line reader for one line of input.
public struct LineRequest: Sendable, Equatable {
    /// The prompt shown before the cursor, e.g. "you> ".
    public var prompt: String
    /// Words Tab may complete to at this prompt: slash commands and the answers the question accepts.
    public var completions: [String]

    public init(prompt: String, completions: [String] = []) {
        self.prompt = prompt
        self.completions = completions
    }
}

/// What reading one line gave.
public enum LineReadResult: Sendable, Equatable {
    /// A line, without its newline.
    case line(String)
    /// The owner pressed Ctrl-C: the line is cancelled; ask again.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a pipe or file).
    case endOfInput
    /// A line longer than the reader accepts: it was read past and dropped, none of it kept.
    case tooLong(limit: Int)
}

/// The one way the chat loop gets input: libedit on a terminal, a plain reader on a pipe or file,
/// a scripted reader in tests. The loop cannot tell them apart.
public protocol LineReader: AnyObject {
    /// Reads one line. Nothing read goes into history by itself.
    func readLine(_ request: LineRequest) -> LineReadResult
    /// Adds a line to the line history. The loop calls it for answers and commands only:
    /// review text and drafts never go into history (privacy).
    func remember(_ line: String)
    /// Whether any input so far was not valid UTF-8 (it was decoded with replacement characters).
    var sawInvalidUTF8: Bool { get }
    /// Whether the reader stopped reading its input early (one endless line that was not text):
    /// the rest of the input was never read, which the caller must say.
    var abandonedInput: Bool { get }
}

extension LineReader {
    public func remember(_ line: String) {}
    public var sawInvalidUTF8: Bool { false }
    public var abandonedInput: Bool { false }
}
