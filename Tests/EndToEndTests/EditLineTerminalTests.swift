import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// EditLineReader driven for real: EditLineProbe under a pseudo-terminal, one temporary
/// XDG_STATE_HOME per test so history files never touch the real home directory.
/// Serialized: the harness waits synchronously, and parallel runs would only compete for the
/// few cooperative-pool threads (and CPU) without finishing sooner.
@Suite(.serialized) struct EditLineTerminalTests {
    /// Keys as a terminal sends them.
    enum Key {
        static let enter = "\r"
        static let up = "\u{1b}[A"
        static let tab = "\t"
        static let ctrlC = "\u{3}"
        static let ctrlD = "\u{4}"
        static let backspace = "\u{7f}"
    }

    /// A temporary state directory, removed when the test's value is dropped.
    final class StateHome {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("editline-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        var historyPath: String { url.appendingPathComponent("review-coach/history").path }
    }

    /// Starts the probe and waits for its first prompt.
    func startProbe(_ state: StateHome, arguments: [String] = []) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: BuiltProducts.path(of: "EditLineProbe"),
            arguments: arguments,
            environment: PseudoTerminal.environment(adding: [
                "XDG_STATE_HOME": state.url.path, "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": nil,
            ])
        )
        try terminal.waitFor("probe ready")
        try prompt(on: terminal)
        return terminal
    }

    /// Waits for the next prompt and for the editor to be reading keys.
    func prompt(on terminal: PseudoTerminal) throws {
        try terminal.waitForPrompt("you> ")
    }

    /// Types a line, waits for the probe's echo of it and for the next prompt.
    func enter(_ line: String, on terminal: PseudoTerminal, expecting echo: String? = nil) throws {
        try terminal.send(line + Key.enter)
        try terminal.waitFor("got: \(echo ?? line)\r\n")
        try prompt(on: terminal)
    }

    @Test func typedLineIsReadAndUpRecallsIt() throws {
        let state = try StateHome()
        let terminal = try startProbe(state)
        try enter("hello there", on: terminal)
        try terminal.send(Key.up)
        try terminal.waitFor("hello there")
        try enter("", on: terminal, expecting: "hello there")
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabCompletesSlashCommand() throws {
        let state = try StateHome()
        let terminal = try startProbe(state)
        try terminal.send("/he" + Key.tab)
        try enter("", on: terminal, expecting: "/help")
        try terminal.send("/qu" + Key.tab + Key.enter)
        try terminal.waitFor("got: /quit")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlCCancelsTheLineAndKeepsRunning() throws {
        let state = try StateHome()
        let terminal = try startProbe(state)
        try terminal.send("half typed")
        try terminal.waitFor("half typed")
        try terminal.send(Key.ctrlC)
        try terminal.waitFor("(cancelled)")
        try prompt(on: terminal)
        #expect(terminal.isRunning)
        try enter("fresh", on: terminal)  // not "half typedfresh": the old line is gone.
        try terminal.send(Key.ctrlC)
        try terminal.waitFor("(cancelled)")
        try prompt(on: terminal)
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        // The terminal is back in cooked mode, with echo: nothing left raw.
        let settings = try #require(terminal.terminalSettings())
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test func ctrlDOnEmptyLineExitsWithZero() throws {
        let state = try StateHome()
        let terminal = try startProbe(state)
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func historyFileIsPrivateBoundedAndWithoutRepeats() throws {
        let state = try StateHome()
        let terminal = try startProbe(state)
        for answer in ["yes", "yes", "no", "yes", "yes"] { try enter(answer, on: terminal) }
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)

        let attributes = try FileManager.default.attributesOfItem(atPath: state.historyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let directory = (state.historyPath as NSString).deletingLastPathComponent
        let directoryAttributes = try FileManager.default.attributesOfItem(atPath: directory)
        #expect((directoryAttributes[.posixPermissions] as? Int) == 0o700)
        let entries = try String(contentsOfFile: state.historyPath, encoding: .utf8)
            .split(separator: "\n").filter { $0 != "_HiStOrY_V2_" }
        #expect(entries == ["yes", "no", "yes"])

        // A new session recalls the saved history with Up.
        let again = try startProbe(state)
        try again.send(Key.up + Key.up)
        try enter("", on: again, expecting: "no")
        try again.send(Key.ctrlD)
        #expect(try again.waitForExit() == 0)
    }

    @Test func noHistoryWritesNoFile() throws {
        let state = try StateHome()
        let terminal = try startProbe(state, arguments: ["--no-history"])
        try enter("unsure", on: terminal)
        try terminal.send(Key.up)  // in-memory history still works within the session.
        try enter("", on: terminal, expecting: "unsure")
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        let reviewCoachState = state.url.appendingPathComponent("review-coach").path
        #expect(!FileManager.default.fileExists(atPath: reviewCoachState))
    }

    @Test func utf8IsEditedAsCharacters() throws {
        let state = try StateHome()
        let terminal = try startProbe(state)
        try terminal.send("café ü 🙂")
        try terminal.waitFor("🙂")
        try terminal.send(Key.backspace + Key.backspace)
        try enter("", on: terminal, expecting: "café ü")
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tenKilobyteLineIsReadWhole() throws {
        let state = try StateHome()
        let terminal = try startProbe(state, arguments: ["--no-history"])
        let long = String(repeating: "abcdefghij", count: 1000)
        try terminal.send(long + Key.enter, timeout: 30)
        try terminal.waitFor("got: \(long)\r\n", timeout: 30)
        // Ctrl-D only once the editor reads keys again: sent earlier, the kernel eats it.
        try prompt(on: terminal)
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func aHistoryFileThatIsASymbolicLinkIsNeitherReadNorWritten() throws {
        let state = try StateHome()
        let victim = state.url.appendingPathComponent("tsconfig.json").path
        try "{\"compilerOptions\":{}}".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: state.url.appendingPathComponent("review-coach"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: state.historyPath, withDestinationPath: victim)
        let terminal = try startProbe(state)
        try enter("yes", on: terminal)
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "{\"compilerOptions\":{}}")
    }
}
