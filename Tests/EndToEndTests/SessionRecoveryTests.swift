import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// No lost work: a session killed mid-way (SIGKILL) or told to stop (SIGTERM, SIGHUP) is
/// resumed exactly where it stopped.
@Suite(.serialized) struct SessionRecoveryTests {
    typealias Key = EditLineTerminalTests.Key
    let coach = CoachTerminalTests()

    /// Types a review and two answers, leaving the coach at the "our fault" question.
    func typeHalfASession(_ terminal: PseudoTerminal) throws {
        try terminal.send("The bill was wrong and nobody apologised." + Key.enter)
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.enter)
        try terminal.waitForPrompt("you> ")
        try terminal.send("calm" + Key.enter)
        try terminal.waitForPrompt("you> ")
        try terminal.send("yes" + Key.enter)
        try terminal.waitFor("even partly")
        try terminal.waitForPrompt("you> ")
    }

    func resumeAtTheFaultQuestion(_ state: EditLineTerminalTests.StateHome) throws {
        let resumed = try PseudoTerminal(
            executable: BuiltProducts.path(of: "review-coach"), arguments: ["resume"],
            environment: PseudoTerminal.environment(adding: ["XDG_STATE_HOME": state.url.path, "TERM": "xterm"]))
        try resumed.waitFor("Welcome back")
        try resumed.waitFor("even partly")
        try resumed.waitForPrompt("you> ")
        try resumed.send("/summary" + Key.enter)
        try resumed.waitFor("The bill was wrong")
        try resumed.waitFor("Customer found: yes (you said so)")
        try resumed.waitForPrompt("you> ")
        try resumed.send(Key.ctrlD)
        #expect(try resumed.waitForExit() == 0)
    }

    @Test func aSessionKilledWithSIGKILLResumesWhereItStopped() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try coach.startCoach(state)
        try typeHalfASession(terminal)
        kill(terminal.processID, SIGKILL)
        _ = try? terminal.waitForExit()
        try resumeAtTheFaultQuestion(state)
    }

    @Test func sigtermEndsCleanlyWithTheTerminalRestored() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try coach.startCoach(state)
        try typeHalfASession(terminal)
        kill(terminal.processID, SIGTERM)
        #expect(try terminal.waitForExit() == 0)
        let settings = try #require(terminal.terminalSettings())
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
        try resumeAtTheFaultQuestion(state)
    }

    @Test func sessionFilesArePrivate() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try coach.startCoach(state)
        try typeHalfASession(terminal)
        try terminal.send(Key.ctrlD)
        _ = try terminal.waitForExit()
        let folder = state.url.appendingPathComponent("review-coach/sessions").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1)
        for name in names {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test func incognitoWritesNothingToDisk() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try coach.startCoach(state, arguments: ["--incognito"])
        try typeHalfASession(terminal)
        try terminal.send(Key.ctrlD)
        _ = try terminal.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: state.url.appendingPathComponent("review-coach").path))
    }
}
