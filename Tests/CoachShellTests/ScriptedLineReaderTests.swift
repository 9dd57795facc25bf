import CoachShell
import Testing

@Suite struct ScriptedLineReaderTests {
    @Test func returnsLinesInOrderThenEndOfInput() {
        let reader = ScriptedLineReader(lines: ["yes", "/why"])
        let request = LineRequest(prompt: "you> ", completions: ["yes", "no"])
        #expect(reader.readLine(request) == .line("yes"))
        #expect(reader.readLine(request) == .line("/why"))
        #expect(reader.readLine(request) == .endOfInput)
        #expect(reader.readLine(request) == .endOfInput)
    }

    @Test func recordsEveryRequestAndRememberedLine() {
        let reader = ScriptedLineReader(lines: ["no"])
        let first = LineRequest(prompt: "Is the customer in your records? ", completions: ["yes", "no", "unsure"])
        let second = LineRequest(prompt: "you> ")
        _ = reader.readLine(first)
        reader.remember("no")
        _ = reader.readLine(second)
        #expect(reader.requests == [first, second])
        #expect(reader.remembered == ["no"])
    }

    @Test func canScriptAnInterrupt() {
        let reader = ScriptedLineReader(results: [.interrupted, .line("yes")])
        let request = LineRequest(prompt: "you> ")
        #expect(reader.readLine(request) == .interrupted)
        #expect(reader.readLine(request) == .line("yes"))
        #expect(reader.readLine(request) == .endOfInput)
    }
}
