import CoachText
import Testing

@Suite struct TokenizerTests {
    @Test func sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        #expect(analyse("Food was cold. Pay me! Or else?").sentences.count == 3)
    }

    @Test func aDecimalPointOrWebAddressDoesNotEndASentence() {
        let a = analyse("Send $100.00 to pay.me/now or see bit.ly/x today.")
        #expect(a.sentences.count == 1)
    }

    @Test func aBlankLineEndsASentence() {
        #expect(analyse("first line\n\nsecond line").sentences.count == 2)
    }

    @Test func aLineBreakGoingOnInLowerCaseDoesNotEndASentence() {
        #expect(analyse("the food was\ncold").sentences.count == 1)
    }

    @Test func commasAndDashesEndClausesNotSentences() {
        let a = analyse("Refund me, or else — I post")
        #expect(a.sentences.count == 1)
        #expect(a.clauses.count == 3)
    }

    @Test func aHyphenBetweenLettersSeparatesWordsInOneClause() {
        let a = analyse("a one-star write-up")
        #expect(a.lemmas.count == 5)
        #expect(a.clauses.count == 1)
    }

    @Test func aWebAddressIsOneLinkToken() {
        let a = analyse("visit www.example.com/deals now")
        #expect(a.tokens.map(\.kind) == [.word, .link, .word])
    }

    @Test func tokensQuoteTheOriginalBytes() {
        let a = analyse("We’ll  POST it")
        let t = a.tokens.last!
        #expect(a.text(t.start, t.end) == "it")
        #expect(a.tokens.contains { $0.flags.contains(.allCaps) })
    }

    @Test func asterisksMaskingLettersStayInsideOneWord() {
        let a = analyse("a b*tch and a**hole, f*** off")
        #expect(a.tokens.map { a.text($0.start, $0.end) } == ["a", "b*tch", "and", "a**hole", "f***", "off"])
    }

    @Test func asterisksAfterALongWordOrANumberAreNotPartOfIt() {
        let a = analyse("great** 5* service")
        #expect(a.tokens.map { a.text($0.start, $0.end) } == ["great", "5", "service"])
    }
}
