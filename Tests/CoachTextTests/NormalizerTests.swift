import CoachText
import Testing

@Suite struct NormalizerTests {
    @Test func irregularFormsReadAsTheirLemma() {
        #expect(analyse("took taken taking takes").lemmas == lemmas("take take take take"))
    }

    @Test func regularFormsOfLexiconWordsReadAsTheirLemma() {
        #expect(analyse("posted posting reviews removed").lemmas == lemmas("post post review remove"))
    }

    @Test func caseAndCurlyApostrophesAreFolded() {
        #expect(analyse("REFUND Won’t").lemmas == lemmas("refund will not"))
    }

    @Test func contractionsAreSplitIntoWords() {
        #expect(analyse("didn't we'll I'm").lemmas == lemmas("do not we will i is"))
    }

    @Test func aContractionInALexiconEntryIsSplitAsInAText() throws {
        let lexicon = TextLexicon(try LexiconSource(files: [("concepts/change.txt", "we've changed\nwe have refunded\n")]))
        let a = TextAnalysis("We've refunded you", lexicon: lexicon)
        #expect(a.lemmas.prefix(2) == lemmas("we have")[...])
        #expect(a.matches.count == 1)
        #expect(TextAnalysis("we've changed it", lexicon: lexicon).matches.count == 1)
    }

    @Test(arguments: [("refnd", "refund"), ("reveiw", "review"), ("reviewe", "review"), ("remve", "remove"), ("paypall", "paypal")])
    func aOneLetterTypoOfALongLexiconWordReadsAsTheWord(typo: String, word: String) {
        #expect(analyse(typo).lemmas == lemmas(word))
    }

    @Test func aShortWordIsNeverCorrected() {
        #expect(analyse("pst").lemmas == lemmas("pst"))
    }

    @Test func aRealWordListedAsNotATypoIsLeftAlone() {
        #expect(analyse("lease").lemmas == lemmas("lease"))
    }

    @Test(arguments: ["$50", "50 USD", "£50", "€50", "fifty dollars", "$1,000.00", "USD 250", "100 bucks", "two hundred pounds"])
    func aSumOfMoneyIsOneAmountToken(amount: String) {
        let a = analyse("send \(amount) now")
        #expect(a.tokens.map(\.kind) == [.word, .amount, .word], "\(amount)")
    }

    @Test func aNumberWithoutCurrencyIsNotAnAmount() {
        #expect(analyse("35 negative reviews").tokens.first?.kind == .number)
    }
}
