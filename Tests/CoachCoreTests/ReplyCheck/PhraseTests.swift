@testable import CoachCore
import Testing

/// The word-pattern matcher the checks are built on.
@Suite struct PhraseTests {
    private func words(_ s: String) -> [ReplyWord] { ReplyText(s).sentences.first?.words ?? [] }

    @Test func plusJoinsWordsIntoOneAlternative() {
        #expect(PhraseSet.expand("you're|you+are not") == ["you're not", "you are not"])
    }

    @Test func gapAllowsUpToTheGivenNumberOfWords() {
        let set = PhraseSet(["remove ~3 review"])
        #expect(set.contains(in: words("remove this one star review")))
        #expect(!set.contains(in: words("remove it, and then we will review")))
    }

    @Test func clausePunctuationBreaksAPhrase() {
        let set = PhraseSet(["sorry but"])
        #expect(set.contains(in: words("sorry but no")))
        #expect(!set.contains(in: words("sorry. but no")))
    }

    @Test func prefixAndOptionalElementsMatch() {
        let set = PhraseSet(["?really libel*"])
        #expect(set.contains(in: words("this is libellous")))
        #expect(set.contains(in: words("really libelous")))
    }

    @Test func matchReportsTheIndexOfTheOriginalPattern() {
        let set = PhraseSet(["a|b+c", "d"])
        #expect(set.firstMatch(in: words("x b c"))?.phrase == 0)
        #expect(set.firstMatch(in: words("x d"))?.phrase == 1)
    }

    @Test func curlyApostrophesAreNormalised() {
        #expect(words("don’t").first?.norm == "don't")
    }
}
