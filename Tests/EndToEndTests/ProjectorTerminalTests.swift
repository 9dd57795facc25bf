import Foundation
import Testing

/// `replay --play --pause` under a pseudo-terminal: the title card first, a stop before each
/// typed answer until a key, and q quitting with the terminal put back as it was.
@Suite(.serialized) struct ProjectorTerminalTests {
    typealias Key = EditLineTerminalTests.Key

    /// A short transcript in a fresh folder: a title card, two typed answers, a last line.
    func transcriptFile() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("projector-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("demo.transcript").path
        try """
            # Title: A demo for the room
            # Shows: the coach stops before each answer,
            #   so the class can answer first.
            Paste the review, then press Enter on an empty line.
            review> The soup was cold.
            How do you feel about it right now?
            you> calm
            This line comes after the second answer.
            [exit 0]

            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Plays the demo fast, so that without the stops it would be over at once.
    func startProjector() throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: BuiltProducts.path(of: "review-coach"),
            arguments: ["replay", "--play", "--pause", "--pace", "1000", try transcriptFile()],
            environment: PseudoTerminal.environment(adding: ["TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": nil])
        )
    }

    @Test func theTitleCardComesFirstAndWaitsForAKey() throws {
        let terminal = try startProjector()
        try terminal.waitFor("A demo for the room")
        try terminal.waitFor("the coach stops before each answer, so the class can answer first.")
        try terminal.waitFor("Press Enter or space")
        try terminal.waitForRawMode()
        #expect(terminal.isRunning)
        try terminal.send(" ")
        try terminal.waitFor("review> ")
        try terminal.send("q")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func theReplayStopsBeforeEachAnswerAndGoesOnAtAKey() throws {
        let terminal = try startProjector()
        try terminal.waitFor("Press Enter or space")
        try terminal.waitForRawMode()
        try terminal.send(Key.enter)
        let beforeFirstStop = try terminal.waitFor("review> ")
        #expect(!beforeFirstStop.contains("The soup was cold."))
        try terminal.send(" ")
        try terminal.waitFor("The soup was cold.")
        try terminal.waitFor("you> ")
        #expect(terminal.isRunning)
        try terminal.send(Key.enter)
        try terminal.waitFor("This line comes after the second answer.")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func qAtAStopQuitsAndPutsTheTerminalBack() throws {
        let terminal = try startProjector()
        try terminal.waitFor("Press Enter or space")
        try terminal.waitForRawMode()
        try terminal.send(" ")
        try terminal.waitFor("review> ")
        try terminal.send("q")
        #expect(try terminal.waitForExit() == 0)
        #expect(!String(decoding: terminal.output, as: UTF8.self).contains("The soup was cold."))
        let settings = try #require(terminal.terminalSettings())
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
        #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
    }
}
