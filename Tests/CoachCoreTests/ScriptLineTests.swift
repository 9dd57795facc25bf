import CoachCore
import Testing

/// How both engines read one typed line: a command wherever it is typed, else input.
@Suite struct ScriptLineTests {
    @Test func aCommandIsACommandWithTheWordAsTyped() {
        #expect(ScriptLine("  /undo  ") == .command(.back, typed: "/undo"))
    }

    @Test func anUnknownCommandIsNamed() {
        #expect(ScriptLine("/frob now") == .unknownCommand("/frob"))
    }

    @Test func aBadArgumentIsNamedWithItsCommand() {
        #expect(ScriptLine("/explain loudly") == .badArgument(command: "/explain", given: "loudly"))
    }

    @Test func textIsInputAsTyped() {
        #expect(ScriptLine(" Thank you, and sorry. ") == .input(" Thank you, and sorry. "))
    }
}
