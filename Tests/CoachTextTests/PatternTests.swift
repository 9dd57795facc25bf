import CoachLexicon
import CoachText
import Testing

@Suite struct PatternTests {
    let removal = EmbeddedLexicon.concept(.removal)
    let object = EmbeddedLexicon.concept(.reviewObject)
    let value = EmbeddedLexicon.concept(.value)

    @Test func slotsMatchInOrderWithinTheirGaps() {
        let p = TextPattern([.init([removal]), .init([object], gap: 3)])
        #expect(analyse("we will get rid of the bad review").find(p, sentence: 0) != nil)
        #expect(analyse("the review, we will remove").find(p, sentence: 0) == nil)
    }

    @Test func aGapTooWideDoesNotMatch() {
        let p = TextPattern([.init([removal]), .init([object], gap: 1)])
        #expect(analyse("remove that awful unfair nasty review").find(p, sentence: 0) == nil)
    }

    @Test func aClauseScopedPatternStopsAtAComma() {
        let p = TextPattern([.init([removal]), .init([object], gap: 4)], scope: .clause)
        #expect(analyse("remove it, the review").find(p, sentence: 0) == nil)
        #expect(analyse("remove it the review").find(p, sentence: 0) != nil)
    }

    @Test func anAffirmedSlotSkipsANegatedOccurrence() {
        let p = TextPattern([.init([value], polarity: .affirmed)])
        #expect(analyse("I do not want a refund").find(p, sentence: 0) == nil)
        #expect(analyse("I want a refund").find(p, sentence: 0) != nil)
    }

    @Test func aMatchQuotesTheTokensOfEachSlot() {
        let p = TextPattern([.init([removal]), .init([object], gap: 3)])
        let a = analyse("Please take down the review.")
        let m = a.find(p, sentence: 0)!
        #expect(a.text(a.tokens[m.firstToken].start, a.tokens[m.endToken - 1].end) == "take down the review")
    }

    @Test func matchesStartingInAWindowAreExactlyThoseOfTheSentenceThatStartThere() {
        let a = analyse("remove the review remove the review remove the review. remove it")
        for lo in 0..<10 {
            for hi in lo..<12 {
                let window = a.matches(startingIn: lo..<hi, sentence: 0)
                let expected = a.matches[a.sentenceMatches[0]].filter { (lo..<hi).contains($0.firstToken) }
                #expect(window.map(\.firstToken) == expected.map(\.firstToken))
                #expect(window.map(\.concept) == expected.map(\.concept))
            }
        }
    }
}
