import CoachShell
import Testing

/// The title card a projector replay shows first, read from the transcript's header.
@Suite struct TitleCardTests {
    @Test func theCardTakesTheTitleAndTheShowsLinesWithTheirContinuations() {
        let card = TitleCard(header: [
            "# Title: A threat", "# Shows: the text pre-fills the demand;", "#   the owner accepts it.", "# Verdict: threat_based.",
        ])
        #expect(card == TitleCard(title: "A threat", description: "the text pre-fills the demand; the owner accepts it."))
    }

    @Test func aHeaderWithoutATitleHasNoCard() {
        #expect(TitleCard(header: ["# args: --explain"]) == nil)
    }

    @Test func theCardUnderlinesTheTitle() {
        #expect(TitleCard(title: "Demo", description: nil).lines == ["Demo", "===="])
    }
}
