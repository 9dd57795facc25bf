import CoachCore
import Testing

/// The nine rows of /work/shared/examples/lint-examples.jsonl, copied as a table (exl-hostile
/// also expects false_accusation since issue 16: "liar" is a false accusation).
@Suite struct ReplyCheckerExamplesTests {
    static let examples: [(id: String, reply: String, expect: Set<String>)] = [
        ("exl-legal", "Your review is libellous and we will see you in court.", ["legal_threat"]),
        ("exl-incentive", "We'd be happy to give you a voucher if you remove this review.", ["review_incentive"]),
        ("exl-but", "Sorry for the wait, but we were very busy that night.", ["deflecting_but"]),
        ("exl-blame", "You failed to follow the care instructions, which is why the jacket shrank.", ["blames_customer"]),
        ("exl-private", "John, your booking 99231 shows you checked out late. Call us on 555-0199.", ["private_details"]),
        ("exl-hostile", "What a joke of a review. You're obviously a LIAR!!!", ["hostile_tone", "false_accusation"]),
        ("exl-clean-1", "I'm sorry your jacket shrank after washing. That shouldn't happen, and I'd like to make it right. Please contact us through our website and ask for me. - Lee", []),
        ("exl-clean-2", "Thank you for the feedback, and I apologize for the long wait. We've added staff on Friday evenings. I'd be glad to hear more if you're willing to get in touch.", []),
        ("exl-clean-3", "We couldn't find a record of your visit, but we take every report seriously. Please contact us directly so we can look into it.", []),
    ]

    @Test(arguments: examples.map(\.id))
    func exampleReplyGivesExactlyTheExpectedCodes(id: String) throws {
        let row = try #require(Self.examples.first { $0.id == id })
        let codes = Set(ReplyChecker.check(row.reply).map(\.code.rawValue))
        #expect(codes == row.expect, "\(id): \(ReplyChecker.check(row.reply))")
    }
}
