/// A line reader that plays back a fixed script: for tests and for replaying a transcript.
///
/// It returns the scripted results in order, then `.endOfInput` for ever, and records every
/// request it was given and every line it was asked to remember.
public final class ScriptedLineReader: LineReader {
    /// Every request passed to `readLine`, in order.
    public private(set) var requests: [LineRequest] = []
    /// Every line passed to `remember`, in order.
    public private(set) var remembered: [String] = []

    private var remaining: ArraySlice<LineReadResult>

    /// Plays back these results; a script may include `.interrupted` to simulate Ctrl-C.
    public init(results: [LineReadResult]) {
        remaining = results[...]
    }

    /// Plays back these lines, one `.line` each.
    public convenience init(lines: [String]) {
        self.init(results: lines.map { .line($0) })
    }

    public func readLine(_ request: LineRequest) -> LineReadResult {
        requests.append(request)
        return remaining.popFirst() ?? .endOfInput
    }

    public func remember(_ line: String) {
        remembered.append(line)
    }
}
