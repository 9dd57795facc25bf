import CoachCore
import Foundation
import Testing

/// Reviews worded as the public writes them: Fixtures/real-world-reviews.jsonl (the tuning set),
/// Fixtures/held-out-reviews.jsonl (written after the first round of tuning) and
/// Fixtures/fresh-reviews.jsonl (written after the second), Fixtures/blind-4-reviews.jsonl
/// (written before the third, scored blind first) and Fixtures/blind-5-reviews.jsonl (written
/// after the third, never tuned on). The detectors must not fall below the accuracy measured on
/// each.
@Suite struct RealWorldCorpusTests {
    static let tuning = ReviewCase.load("real-world-reviews.jsonl")
    static let heldOut = ReviewCase.load("held-out-reviews.jsonl")
    static let fresh = ReviewCase.load("fresh-reviews.jsonl")
    static let blind4 = ReviewCase.load("blind-4-reviews.jsonl")
    static let blind5 = ReviewCase.load("blind-5-reviews.jsonl")

    @Test("Each corpus prints its score and misses, and holds at least its number of reviews", arguments: [
        ("real-world-reviews.jsonl", 150), ("held-out-reviews.jsonl", 40), ("fresh-reviews.jsonl", 30),
        ("blind-4-reviews.jsonl", 60), ("blind-5-reviews.jsonl", 30),
    ])
    func corpusReport(file: String, minimumCount: Int) {
        let cases = ReviewCase.load(file)
        let score = CorpusScore(cases)
        print("\(file.replacingOccurrences(of: ".jsonl", with: "")): \(score)")
        for m in score.misses { print("  MISS \(m)") }
        for m in score.signalMisses { print("  SIGNALS \(m)") }
        #expect(cases.count >= minimumCount)
    }

    /// First measured right after tuning on the other fixture: 28/40 (genuine 17/17,
    /// threat_based 5/13, troll 6/10), no false threat_based or troll. A second round of general
    /// rules, informed by those misses, took it to 39/40, so it is no longer truly held out.
    @Test func heldOutCorpusAccuracyDoesNotDrop() {
        let score = CorpusScore(Self.heldOut)
        #expect(score.correct >= 39, "\(score)")
        #expect(score.falseThreats == 0 && score.falseTrolls == 0, "\(score)")
    }

    /// Written after both tuning rounds and never tuned on: 26/30 (genuine 13/13,
    /// threat_based 6/10, troll 7/7), no false threat_based or troll. The third round took it to
    /// 30/30, tuned on its four misses among others.
    @Test func freshCorpusAccuracyDoesNotDrop() {
        let score = CorpusScore(Self.fresh)
        #expect(score.correct >= 30, "\(score)")
        #expect(score.falseThreats == 0 && score.falseTrolls == 0, "\(score)")
    }

    /// Written before the third round of tuning, in phrasing unlike the other fixtures, and
    /// scored blind on the code as it then was: 45/60 (genuine_grievance 25/25, threat_based
    /// 11/20, troll 9/15), no false threat_based or troll. The third round, informed by those
    /// misses, took it to 60/60, so it is no longer blind.
    @Test func blind4CorpusAccuracyDoesNotDrop() {
        let score = CorpusScore(Self.blind4)
        #expect(score.correct >= 60, "\(score)")
        #expect(score.falseThreats == 0 && score.falseTrolls == 0, "\(score)")
    }

    /// Written after the third round and never tuned on, scored blind: 21/30 (genuine_grievance
    /// 12/12, threat_based 5/10, troll 4/8), no false threat_based or troll. The fourth round,
    /// informed by those misses, took it to 30/30, so it is no longer blind.
    @Test func blind5CorpusAccuracyDoesNotDrop() {
        let score = CorpusScore(Self.blind5)
        #expect(score.correct >= 30, "\(score)")
        #expect(score.falseThreats == 0 && score.falseTrolls == 0, "\(score)")
    }

    /// Measured after tuning: 161/165 (165/165 after the third round), no genuine complaint made a threat or a troll.
    @Test func tuningCorpusAccuracyDoesNotDrop() {
        let score = CorpusScore(Self.tuning)
        #expect(score.correct >= 165, "\(score)")
        #expect(score.falseThreats == 0 && score.falseTrolls == 0, "\(score)")
        #expect(score.signalsExact >= 165, "\(score)")
    }
}
