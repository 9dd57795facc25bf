import CoachLexicon
import CoachText
import Testing

@Suite struct NegationTests {
    @Test func aNegatorNegatesTheWordsAfterItInItsClause() {
        let a = analyse("I did not ask for a refund")
        #expect(a.matches.first { $0.concept == EmbeddedLexicon.concept(.value) }?.negated == true)
    }

    @Test func aContractedNegationCountsLikeAFullOne() {
        let a = analyse("I didn't want a refund")
        #expect(a.tokens.last!.flags.contains(.negated))
    }

    /// A lexicon entry holding "don't" ("don't have a page") must not make "don't" a word of its
    /// own that negates nothing: entries split their contractions as the text does.
    @Test(arguments: ["We don't want a refund", "It doesn't want a refund", "They couldn't want a refund"])
    func aContractionThatAlsoOpensALexiconEntryStillNegates(_ text: String) {
        let a = analyse(text)
        #expect(a.tokens.last!.flags.contains(.negated))
    }

    @Test func aContrastWordEndsTheScope() {
        let a = analyse("no refund but I will post")
        #expect(!a.tokens.last!.flags.contains(.negated))
    }

    @Test func aClauseBoundaryEndsTheScope() {
        let a = analyse("no refund, I will post")
        #expect(!a.tokens.last!.flags.contains(.negated))
    }

    @Test func theScopeReachesOnlyAFewWords() {
        let a = analyse("not that I really care about the food or the service at all")
        #expect(!a.tokens.last!.flags.contains(.negated))
    }
}
