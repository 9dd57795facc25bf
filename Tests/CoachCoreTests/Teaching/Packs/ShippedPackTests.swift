import CoachCore
import Testing

/// The packs that ship (the built-in cases and the five starter packs): each loads clean, mixes
/// the three verdicts, and every model answer passes the reply checker and scores well.
@Suite struct ShippedPackTests {
    static let names = PackKey.packs.keys.sorted()

    /// The lowest rubric score a shipped model answer may get, in percent of the maximum.
    static let goodEnough = 75

    func cases(_ name: String) throws -> [PracticeCase] {
        try CaseLibrary(pack: name, catalog: shippedCatalog()).cases
    }

    @Test(arguments: names) func everyShippedPackLoadsCleanWithItsVerdictsChecked(name: String) throws {
        let cases = try cases(name)
        #expect(cases.allSatisfy { $0.extras.expected != nil })
    }

    @Test(arguments: ["restaurant", "hotel", "healthcare", "retail", "trades"])
    func aStarterPackHasSixCasesOrMoreOfEveryVerdictForItsIndustry(name: String) throws {
        let cases = try cases(name)
        #expect(cases.count >= 6)
        #expect(cases.allSatisfy { $0.extras.industry?.rawValue == name && $0.extras.signature != nil })
        for verdict in Verdict.allCases {
            #expect(cases.contains { $0.extras.expected == verdict }, "\(name) has no \(verdict.rawValue) case")
        }
    }

    /// Each case's model answer with what it is checked against; cases whose right answer is no
    /// public reply at all (spam, an extortion scam) are left out.
    func modelAnswers(_ name: String) throws -> [(id: String, reply: String, context: ReplyContext)] {
        let catalog = shippedCatalog()
        return try cases(name).compactMap { practiceCase in
            let assessment = practiceCase.assessment(catalog: catalog)
            guard assessment.composed.withheld == nil else { return nil }
            return (practiceCase.id, practiceCase.modelReply(assessment), practiceCase.replyContext(assessment))
        }
    }

    @Test(arguments: names) func everyModelAnswerIsCleanUnderTheReplyChecker(name: String) throws {
        for (id, reply, context) in try modelAnswers(name) {
            let findings = ReplyChecker.check(reply, context: context)
            #expect(findings.isEmpty, "\(name) \(id): \(findings.map(\.code))")
        }
    }

    @Test(arguments: names) func everyModelAnswerScoresWellOnTheRubric(name: String) throws {
        for (id, reply, context) in try modelAnswers(name) {
            let grade = ReplyRubric.shipped.grade(reply, context: context, findings: ReplyChecker.check(reply, context: context))
            #expect(grade.percent >= Self.goodEnough, "\(name) \(id): \(grade.percent)% \(grade.marks.filter { $0.points < 2 })")
        }
    }

    @Test func noModelAnswerIsSignedByTheTeam() throws {
        let catalog = shippedCatalog()
        for name in Self.names {
            for practiceCase in try cases(name) {
                let reply = practiceCase.modelReply(practiceCase.assessment(catalog: catalog))
                #expect(!reply.hasSuffix("The team"), "\(name) \(practiceCase.id)")
            }
        }
    }

    @Test func aCasesOwnModelReplyIsTheOneShown() throws {
        let text = """
            === case m ===
            verdict: genuine_grievance
            facts: customer_found=yes our_fault=yes demand=no abusive=no
            review: The soup was cold.
            context: You find the booking.
            note: N
            model: I'm sorry the soup was cold. Call me on the shop number. Sam, owner
            """
        let catalog = shippedCatalog()
        let only = try #require(try CaseLibrary(text: text, file: "m.txt", catalog: catalog).cases.first)
        #expect(only.modelReply(only.assessment(catalog: catalog)) == "I'm sorry the soup was cold. Call me on the shop number. Sam, owner")
    }

    @Test func theComposedAnswerIsSignedWithTheCasesSignatureAndUsesItsIndustry() throws {
        let catalog = shippedCatalog()
        let clinic = try #require(try cases("healthcare").first)
        let reply = clinic.modelReply(clinic.assessment(catalog: catalog))
        #expect(reply.hasSuffix("Dr Priya Shah, practice manager"))
        #expect(reply.contains(catalog.text("reply.privacy.healthcare")))
    }
}
