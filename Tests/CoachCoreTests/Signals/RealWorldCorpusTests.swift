import CoachCore
import Foundation
import Testing

/// Reviews worded as the public writes them (Fixtures/real-world-reviews.jsonl, the tuning set,
/// and Fixtures/held-out-reviews.jsonl, written after tuning): the detectors must not fall
/// below the accuracy measured when the fixtures were written.
@Suite struct RealWorldCorpusTests {
    static let tuning = ReviewCase.load("real-world-reviews.jsonl")

    @Test func tuningCorpusReport() {
        let score = CorpusScore(Self.tuning)
        print("real-world-reviews: \(score)")
        for m in score.misses { print("  MISS \(m)") }
        for m in score.signalMisses { print("  SIGNALS \(m)") }
        #expect(Self.tuning.count >= 150)
    }
}
