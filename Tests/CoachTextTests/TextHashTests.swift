import CoachText
import Testing

@Suite struct TextHashTests {
    /// The stand-ins are literal constants (no lazy initialisation on the matcher's hot path):
    /// they must stay the hashes of what the lexicon files write.
    @Test func theStandInConstantsAreTheHashesOfTheirNames() {
        #expect(TextHash.amount == TextHash.of("<amount>"))
        #expect(TextHash.number == TextHash.of("<number>"))
        #expect(TextHash.link == TextHash.of("<link>"))
        #expect(TextHash.gap == TextHash.of("..."))
    }
}
