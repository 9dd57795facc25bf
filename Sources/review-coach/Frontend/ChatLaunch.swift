import CoachShell

/// Starts a chat from plain values: what `Chat` parsed, or the defaults when `review-coach`
/// runs with no arguments at all.
struct ChatLaunch {
    var reviewFile: String?
    var script: String?
    var explain = false
    var settings = SessionSettings()

    func run() throws {
        var lines: [String] = []
        if let reviewFile {
            let text = try ReviewFile.read(reviewFile)
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
            while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
            guard !lines.isEmpty else {
                throw ShellError("--review-file \(reviewFile): the file is empty; put the review's text in it.")
            }
            lines.append("")
        }
        try SessionRunner(settings: settings).run(
            explain: explain, lines: lines, scriptPath: script, sessionName: SessionName.new(), opening: nil)
    }
}
