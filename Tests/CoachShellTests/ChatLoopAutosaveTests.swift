import CoachCore
import CoachShell
import Testing

/// What the chat loop hands to the autosave: only lines that changed the session, so rejected
/// text (a line over the limit) and commands that change nothing are never written to disk.
@Suite struct ChatLoopAutosaveTests {
    /// The lines the loop passed to `onStep` for `typed`, with a review limit of 40 bytes.
    func saved(_ typed: [String]) -> [JournalLine] {
        var limits = Limits()
        limits.reviewBytes = 40
        var saved: [JournalLine] = []
        let loop = ChatLoop(
            coach: Coach(catalog: PromptLoader.embedded(), limits: limits),
            reader: ScriptedLineReader(lines: typed), channels: [],
            onStep: { _, line in saved.append(line); return [] })
        loop.run()
        return saved
    }

    @Test func aLineRejectedForItsSizeIsSavedAsItsSizeNeverItsText() {
        let huge = String(repeating: "secret ", count: 100)
        #expect(saved(["The soup was cold.", huge, ""]) == [.typed("The soup was cold."), .leftOut(bytes: 700), .typed("")])
    }

    @Test func commandsThatChangeNothingAreNotSaved() {
        #expect(saved(["The soup was cold.", "/help", "/summary", "", "calm"]) == [.typed("The soup was cold."), .typed(""), .typed("calm")])
    }

    @Test func aFailureToSaveIsShownInTheConversation() {
        let sink = BufferSink()
        let loop = ChatLoop(
            coach: Coach(catalog: PromptLoader.embedded()),
            reader: ScriptedLineReader(lines: ["The soup was cold."]),
            channels: [ChatLoop.Channel(sink: sink, echo: .none, width: nil, palette: Palette(enabled: false))],
            onStep: { _, _ in [StyledLine(.error, "could not save")] })
        loop.run()
        #expect(sink.text.contains("could not save"))
    }
}
