import CoachShell
import Testing

@Suite struct TextWrapperTests {
    let wrapper = TextWrapper(width: 20)

    @Test func aShortLineIsLeftAlone() {
        #expect(wrapper.wrap("short line") == ["short line"])
    }

    @Test func aLongLineBreaksBetweenWords() {
        #expect(wrapper.wrap("one two three four five six seven") == ["one two three four", "five six seven"])
    }

    @Test func listItemsGetAHangingIndent() {
        #expect(wrapper.wrap("- one two three four five six") == ["- one two three four", "  five six"])
        #expect(wrapper.wrap("2. one two three four five") == ["2. one two three", "   four five"])
    }

    @Test func aWordLongerThanTheWidthStaysWhole() {
        let word = String(repeating: "x", count: 30)
        #expect(wrapper.wrap("a " + word) == ["a", word])
    }
}
