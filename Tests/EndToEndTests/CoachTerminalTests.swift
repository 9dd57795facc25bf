import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real review-coach binary under a pseudo-terminal: libedit history, Tab completion,
/// Ctrl-C and Ctrl-D as an owner meets them.
@Suite(.serialized) struct CoachTerminalTests {
    typealias Key = EditLineTerminalTests.Key

    func startCoach(_ state: EditLineTerminalTests.StateHome, arguments: [String] = []) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: BuiltProducts.path(of: "review-coach"),
            arguments: arguments,
            environment: PseudoTerminal.environment(adding: [
                "XDG_STATE_HOME": state.url.path, "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": nil,
                "NO_COLOR": nil,
            ])
        )
        try terminal.waitFor("Review Coach")
        try ready(terminal, "review> ")
        return terminal
    }

    /// Waits for a prompt and for libedit to take the keyboard.
    func ready(_ terminal: PseudoTerminal, _ prompt: String) throws {
        try terminal.waitFor(prompt)
        try terminal.waitForRawMode()
    }

    @Test func aLineIsRecalledWithUpCompletedWithTabAndCtrlCKeepsTheCoachRunning() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state)
        try terminal.send("/summary" + Key.enter)
        try terminal.waitFor("So far:")
        try ready(terminal, "review> ")
        try terminal.send(Key.up)
        try terminal.waitFor("/summary")
        try terminal.send(Key.enter)
        try terminal.waitFor("So far:")
        try ready(terminal, "review> ")
        try terminal.send("/he" + Key.tab + Key.enter)
        try terminal.waitFor("Commands:")
        try ready(terminal, "review> ")
        try terminal.send("half typed")
        try terminal.waitFor("half typed")
        try terminal.send(Key.ctrlC)
        try ready(terminal, "review> ")
        #expect(terminal.isRunning)
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        let settings = try #require(terminal.terminalSettings())
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test func answersAreCompletedAndTheReviewNeverGoesIntoHistory() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state)
        try terminal.send("My private review text" + Key.enter)
        try ready(terminal, "review> ")
        try terminal.send(Key.enter)
        try ready(terminal, "you> ")
        try terminal.send("ca" + Key.tab + Key.enter)
        try terminal.waitFor("calm reply")
        try ready(terminal, "you> ")
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: state.historyPath, encoding: .utf8)
        #expect(history.contains("calm"))
        #expect(!history.contains("private review"))
        let attributes = try FileManager.default.attributesOfItem(atPath: state.historyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func noHistoryWritesNoHistoryFile() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state, arguments: ["--no-history"])
        try terminal.send("/help" + Key.enter)
        try terminal.waitFor("Commands:")
        try ready(terminal, "review> ")
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: state.historyPath))
    }

    @Test func colourIsUsedOnATerminalUnlessNoColorIsSet() throws {
        let state = try EditLineTerminalTests.StateHome()
        let coloured = try startCoach(state)
        try coloured.send(Key.ctrlD)
        _ = try coloured.waitForExit()
        #expect(String(decoding: coloured.output, as: UTF8.self).contains("\u{1B}[1;36m"))
        let plain = try PseudoTerminal(
            executable: BuiltProducts.path(of: "review-coach"), arguments: [],
            environment: PseudoTerminal.environment(adding: ["XDG_STATE_HOME": state.url.path, "TERM": "xterm", "NO_COLOR": "1"]))
        try plain.waitFor("review> ")
        try plain.waitForRawMode()
        try plain.send(Key.ctrlD)
        _ = try plain.waitForExit()
        #expect(!String(decoding: plain.output, as: UTF8.self).contains("\u{1B}[1;36m"))
    }
}
