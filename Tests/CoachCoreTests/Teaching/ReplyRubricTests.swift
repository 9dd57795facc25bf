import CoachCore
import Testing

/// The reply rubric: what each criterion rewards, when it applies, and how the checker's
/// findings count.
@Suite struct ReplyRubricTests {
    let review = "We waited an hour for our food and the waiter was rude to my mother."
    let expert = """
        Thank you for telling us. I'm sorry you waited so long for your food on Saturday; that is not \
        the evening we want anyone to have. We have added a second cook on weekend evenings. Please call \
        me on 020 555 0101 so I can hear the rest and make it right.
        Dana, general manager
        """

    func grade(_ reply: String, _ verdict: Verdict = .genuineGrievance, fault: FaultAnswer? = .yes, review: String? = nil) -> RubricGrade {
        let context = ReplyContext(verdict: verdict, ourFault: fault, review: review ?? self.review)
        return ReplyRubric.shipped.grade(reply, context: context, findings: ReplyChecker.check(reply, context: context))
    }

    func points(_ grade: RubricGrade, _ criterion: RubricCriterion) -> Int? {
        grade.marks.first { $0.criterion == criterion }?.points
    }

    @Test func anExpertReplyScoresTheMaximum() {
        let g = grade(expert)
        #expect(g.score == g.max)
        #expect(g.marks.map(\.criterion) == [.namesClaim, .apology, .whatChanges, .offlineContact, .signed, .length])
    }

    @Test(arguments: ["Thanks.", "asdf qwerty lorem ipsum", "Sorry you feel that way.", "We apologise for any inconvenience caused."])
    func aJunkDraftScoresAtMostAThird(_ draft: String) {
        #expect(grade(draft).percent <= 35)
    }

    @Test func aNonApologyEarnsNoApologyPoints() {
        #expect(points(grade("We're sorry you feel that way about your evening."), .apology) == 0)
    }

    @Test func anApologyUndoneByButEarnsOnePoint() {
        #expect(points(grade("We're sorry about the wait, but we were very busy that night."), .apology) == 1)
    }

    @Test(arguments: [FaultAnswer.no, .unsure])
    func apologyAndWhatChangesAreAskedOnlyWhereTheBusinessWasAtFault(_ fault: FaultAnswer) {
        let criteria = grade(expert, fault: fault).marks.map(\.criterion)
        #expect(!criteria.contains(.apology) && !criteria.contains(.whatChanges))
    }

    @Test(arguments: [
        ("Thank you. Please call us.\nDana", 2), ("Thank you. Please call us.\nKind regards,\nPriya Shah, General Manager", 2),
        ("Thank you, please call us on 0161 555 0142. Helen Okafor, Practice Manager", 2),
        ("Thank you, please call us. - The Team", 1), ("Thank you, please call us.\nThe management", 1),
        ("Thank you, please call us. See you soon.", 0),
    ])
    func aPersonOrRoleSignsForTwoPointsAndAFacelessGroupForOne(_ reply: String, _ expected: Int) {
        #expect(points(grade(reply, fault: .no), .signed) == expected)
    }

    @Test func aReplyThatNeverSaysWhatWentWrongEarnsNothingForTheComplaint() {
        #expect(points(grade("Thank you for your feedback, we value every guest. Please call us. Dana, manager"), .namesClaim) == 0)
    }

    @Test func aTrollIsNotAnsweredClaimByClaim() {
        let criteria = grade("We have no record of your visit; please contact us so we can look into it. Dana, owner", .troll, fault: .no).marks.map(\.criterion)
        #expect(!criteria.contains(.namesClaim))
    }

    @Test func anOfferToAThreatLosesNothingInExchangeAndIsNotDeductedAgain() {
        let g = grade("We will refund both nights in full. Please call me. Dana, manager", .threatBased, fault: .no)
        #expect(points(g, .nothingInExchange) == 0)
        #expect(!g.deductions.contains(.reviewIncentive))
    }

    @Test func aMistakeNoCriterionCoversCostsPointsButNeverBelowZero() {
        let hostile = grade("Maybe get a hobby instead of writing reviews. Dana", fault: .no)
        #expect(hostile.deductions.contains(.hostileTone))
        #expect(hostile.score >= 0)
        let plain = grade("Thank you for writing. Please call us. Dana, owner", fault: .no)
        #expect(plain.score > hostile.score || hostile.score == 0)
    }

    @Test(arguments: [(5, 0), (20, 1), (60, 2), (200, 1), (300, 0)])
    func aReplyOfSensibleLengthEarnsTwoPoints(_ words: Int, _ expected: Int) {
        let reply = Array(repeating: "word", count: words).joined(separator: " ")
        #expect(points(grade(reply, fault: .no), .length) == expected)
    }
}
