import CoachCore
import Testing

/// The seeded generator behind practice's order.
@Suite struct SplitMix64Tests {
    @Test func itGivesTheReferenceSequenceForSeedZero() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func theSameSeedGivesTheSameShuffle() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        var first = Array(0..<20), second = Array(0..<20)
        a.shuffle(&first)
        b.shuffle(&second)
        #expect(first == second)
        #expect(first.sorted() == Array(0..<20))
    }

    @Test func boundedNumbersStayInRange() {
        var generator = SplitMix64(seed: 9)
        for bound in 1...50 { #expect((0..<bound).contains(generator.next(below: bound))) }
    }
}
