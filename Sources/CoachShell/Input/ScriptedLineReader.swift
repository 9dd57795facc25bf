/// TEMPORARY: replaced by the terminal branch's version at merge.
public final class ScriptedLineReader: LineReader {
    var lines: [String]
    public private(set) var requests: [LineRequest] = []
    public init(lines: [String]) { self.lines = lines }
    public func readLine(_ request: LineRequest) -> LineReadResult {
        requests.append(request)
        return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }
}
