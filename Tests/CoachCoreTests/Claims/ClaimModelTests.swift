import CoachCore
import CoachLexicon
import Testing

/// The fitted claim model (`lexicon/weights/claims.txt`, `scripts/fit-claims`): how its weights
/// add up, which words they reach, and that the shipped file is whole. Hand-written models use a
/// word no claim concept lists ("zebra"), so only the model can raise the claim.
@Suite struct ClaimModelTests {
    static func categories(_ review: String, model: String) -> [ClaimCategory] {
        let lexicon = EmbeddedLexicon.shared
        return ClaimFinder(lexicon: lexicon, model: ClaimModel(text: model, lexicon: lexicon)).claims(in: review).map(\.category)
    }

    @Test func aSentenceWhoseWordsOutweighTheBiasRaisesTheCategory() {
        #expect(Self.categories("A zebra walked through the lobby.", model: "pests * -1\npests zebra 3\n") == [.pests])
    }

    @Test func aSentenceWhoseWordsDoNotClearTheMarginRaisesNothing() {
        #expect(Self.categories("A zebra walked through the lobby.", model: "pests * -1\npests zebra 1.5\n") == [])
    }

    @Test func aWordsWeightReachesTheFormsTheEngineReadsAsThatWord() {
        // "refund" is a lexicon word, so the engine reads "refunded" as it
        #expect(Self.categories("They refunded us in the lobby.", model: "pests * -1\npests refund 3\n").contains(.pests))
    }

    @Test func weightsAddUpAcrossTheWordsOfOneSentenceOnly() {
        let model = "pests * -2.5\npests zebra 2\npests lobby 2\n"
        #expect(Self.categories("A zebra in the lobby.", model: model) == [.pests])
        #expect(Self.categories("A zebra outside. The lobby was quiet.", model: model) == [])
    }

    @Test func aNegatedWordCountsForNothing() {
        #expect(Self.categories("There was not a zebra in the lobby.", model: "pests * -1\npests zebra 3\n") == [])
    }

    @Test func aSentenceThatSupposesACaseRaisesNothing() {
        #expect(Self.categories("If a zebra walks into the lobby, call us.", model: "pests * -1\npests zebra 3\n") == [])
    }

    @Test func aLabelThatNamesNoCategoryIsSkipped() {
        #expect(Self.categories("A zebra walked through the lobby.", model: "zoo * 5\nzoo zebra 2\n") == [])
    }

    @Test func everyLabelOfTheShippedWeightsIsAClaimCategory() throws {
        let text = try #require(EmbeddedLexicon.files.first { $0.name == "weights/claims.txt" }?.text)
        let labels = Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: " ")[0]) })
        #expect(labels == Set(ClaimCategory.allCases.map(\.rawValue)))
    }
}
