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
        try terminal.waitForPrompt("review> ")
        return terminal
    }

    @Test func aLineIsRecalledWithUpCompletedWithTabAndCtrlCKeepsTheCoachRunning() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state)
        try terminal.send("/summary" + Key.enter)
        try terminal.waitFor("So far:")
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.up)
        try terminal.waitFor("/summary")
        try terminal.send(Key.enter)
        try terminal.waitFor("So far:")
        try terminal.waitForPrompt("review> ")
        try terminal.send("/he" + Key.tab + Key.enter)
        try terminal.waitFor("Commands:")
        try terminal.waitForPrompt("review> ")
        try terminal.send("half typed")
        try terminal.waitFor("half typed")
        try terminal.send(Key.ctrlC)
        try terminal.waitForPrompt("review> ")
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
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.enter)
        try terminal.waitForPrompt("you> ")
        try terminal.send("ca" + Key.tab + Key.enter)
        try terminal.waitFor("calm reply")
        try terminal.waitForPrompt("you> ")
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
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: state.historyPath))
    }

    @Test func ctrlDBeforeTheVerdictSaysTheAnswersAreSavedForResume() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state)
        try terminal.send("The bill was wrong." + Key.enter)
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.enter)
        try terminal.waitForPrompt("you> ")
        try terminal.send(Key.ctrlD)
        try terminal.waitFor("review-coach resume carries on where you stopped")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlDWithNothingTypedSaysNothingAboutResume() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state)
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("review-coach resume"))
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
        try plain.waitForPrompt("review> ")
        try plain.send(Key.ctrlD)
        _ = try plain.waitForExit()
        #expect(!String(decoding: plain.output, as: UTF8.self).contains("\u{1B}[1;36m"))
    }

    @Test func textWrapsToTheWindowAfterItIsResized() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startCoach(state, arguments: ["--no-history"])
        terminal.resize(columns: 40)
        try terminal.send("/help" + Key.enter)
        try terminal.waitFor("Commands:")
        let help = try terminal.waitFor("review> ")
        let lines = help.replacingOccurrences(of: "\r", with: "").split(separator: "\n").dropLast()
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.count <= 40 }, "wider than 40: \(lines.filter { $0.count > 40 })")
        try terminal.waitForRawMode()
        try terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit() == 0)
    }
}
