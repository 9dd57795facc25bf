// EditLineProbe: a test-only program that drives EditLineReader so the pseudo-terminal tests
// (Tests/EndToEndTests) can exercise real line editing before the chat loop exists.
// Usage: EditLineProbe [--no-history]   (honours XDG_STATE_HOME / HOME for the history file)
import CoachShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output by file descriptor (Swift 6 rejects the C `stdout` global).
func say(_ text: String) {
    var text = text + "\n"
    text.withUTF8 { bytes in _ = write(1, bytes.baseAddress, bytes.count) }
}

let noHistory = CommandLine.arguments.dropFirst().contains("--no-history")
let reader = EditLineReader(historyFile: .standard(disabled: noHistory))
let request = LineRequest(
    prompt: "you> ",
    completions: ["/help", "/quit", "/why", "/back", "yes", "no", "unsure"]
)

say("probe ready")
loop: while true {
    switch reader.readLine(request) {
    case .line(let line):
        reader.remember(line)
        say("got: \(line)")
        if line == "/quit" { break loop }
    case .interrupted:
        say("(cancelled)")
    case .tooLong(let limit):
        say("(too long: over \(limit) bytes)")
    case .endOfInput:
        break loop
    }
}
reader.close()
exit(0)
