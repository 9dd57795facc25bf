import CoachShell
import Testing

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.diff(expected: ["a", "b"], actual: ["a", "b"], name: "f") == "")
    }

    @Test func aChangedLineShowsWithItsLineNumbers() {
        let diff = UnifiedDiff.diff(expected: ["a", "b", "c"], actual: ["a", "B", "c"], name: "f.transcript")
        #expect(diff == """
            --- f.transcript (expected)
            +++ f.transcript (actual)
            @@ -1,3 +1,3 @@
             a
            -b
            +B
             c

            """)
    }
}
