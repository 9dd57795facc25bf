import CoachCore
import Testing

/// Our own replies, good and bad, worded many ways: Fixtures/lint-replies.jsonl.
@Suite struct ReplyCheckerFixtureTests {
    static let cases = LintCase.load("lint-replies.jsonl")

    @Test func fixtureHasAtLeastFortyRepliesGoodAndBad() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.filter(\.expect.isEmpty).count >= 15)
        #expect(Self.cases.filter { !$0.expect.isEmpty }.count >= 20)
    }

    @Test(arguments: cases)
    func fixtureReplyGivesExactlyTheExpectedCodes(_ row: LintCase) {
        let findings = ReplyChecker.check(row.reply)
        #expect(Set(findings.map(\.code.rawValue)) == Set(row.expect), "\(row.id): \(findings)")
    }

    @Test(arguments: cases)
    func everyFindingQuotesAnExactSubstringOfTheReply(_ row: LintCase) {
        for f in ReplyChecker.check(row.reply) {
            #expect(!f.text.isEmpty)
            #expect(row.reply.contains(f.text), "\(row.id): \(f.text)")
        }
    }
}
