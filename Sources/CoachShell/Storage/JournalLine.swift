/// One typed line as the session journal keeps it: its text, or, for a line the coach left out
/// for its size, only that size, so rejected text never reaches the disk.
public enum JournalLine: Sendable, Equatable {
    case typed(String)
    case leftOut(bytes: Int)

    /// A line that has the same effect when the session is rebuilt: a left-out line is left out
    /// again for the same size, whatever its text.
    public var replayText: String {
        switch self {
        case .typed(let text): text
        case .leftOut(let bytes): String(repeating: "x", count: bytes)
        }
    }
}
