import Foundation
import Testing

/// `review-coach practice` under a pseudo-terminal: the same line editing and history as the
/// chat, and drafts kept out of the history file.
@Suite(.serialized) struct PracticeTerminalTests {
    typealias Key = EditLineTerminalTests.Key

    /// Practice with a fixed seed: case 1 is a troll, case 2 is not.
    func startPractice(_ state: EditLineTerminalTests.StateHome) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: BuiltProducts.path(of: "review-coach"),
            arguments: ["practice", "--cases", "2", "--seed", "42"],
            environment: PseudoTerminal.environment(adding: [
                "XDG_STATE_HOME": state.url.path, "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": nil,
            ])
        )
    }

    @Test func upRecallsThePreviousAnswerAndTheDraftNeverGoesIntoHistory() throws {
        let state = try EditLineTerminalTests.StateHome()
        let terminal = try startPractice(state)
        try terminal.waitForPrompt("kind> ")
        try terminal.send("troll" + Key.enter)
        try terminal.waitForPrompt("draft> ")
        try terminal.send("My private draft text" + Key.enter)
        try terminal.waitForPrompt("draft> ")
        try terminal.send(Key.enter)
        try terminal.waitFor("Right: it is a troll")
        try terminal.waitFor("Case 2 of 2")
        try terminal.waitForPrompt("kind> ")
        try terminal.send(Key.up)
        try terminal.waitFor("troll")
        try terminal.send(Key.enter)
        try terminal.waitForPrompt("draft> ")
        try terminal.send("skip" + Key.enter)
        try terminal.waitFor("Not quite: you said a troll")
        #expect(try terminal.waitForExit() == 0)
        // Practice keeps its own history: a trainee's answers never show up on Up in the chat.
        let history = try String(contentsOfFile: state.url.appendingPathComponent("review-coach/practice-history").path, encoding: .utf8)
        #expect(history.contains("troll"))
        #expect(!FileManager.default.fileExists(atPath: state.historyPath))
        #expect(!history.contains("private draft"))
    }
}
