import CoachCore
import Testing

/// The lessons in prompts/: one per principle, complete, and consistent with the reply checker.
@Suite struct LessonTests {
    @Test func everyPrincipleHasALessonWithAllItsParts() {
        let catalog = shippedCatalog()
        for principle in Principle.allCases {
            #expect(catalog.has("principle.\(principle.rawValue)"), "no principle text for \(principle.rawValue)")
            #expect(catalog.has("principle.\(principle.rawValue).source"), "no source for \(principle.rawValue)")
            for part in LessonPart.allCases {
                let text = catalog.entries[part.key(for: principle)] ?? ""
                #expect(!text.isEmpty, "lesson \(principle.rawValue) lacks [\(part.key(for: principle))]")
            }
        }
    }

    @Test func everyLessonsRightReplyPassesTheReplyChecker() {
        for lesson in Lesson.all(catalog: shippedCatalog()) {
            let findings = ReplyChecker.check(lesson.rightReply)
            #expect(findings.isEmpty, "lesson \(lesson.principle.rawValue): the right reply has findings \(findings)")
        }
    }

    @Test func everyLessonsWrongReplyIsCaughtByTheReplyChecker() {
        for lesson in Lesson.all(catalog: shippedCatalog()) {
            #expect(!ReplyChecker.check(lesson.wrongReply).isEmpty,
                    "lesson \(lesson.principle.rawValue): the checker finds nothing wrong in the wrong reply")
        }
    }

    @Test func lessonsComeInPrincipleOrder() {
        #expect(Lesson.all(catalog: shippedCatalog()).map(\.principle) == Principle.allCases)
    }

    @Test func aLessonReusesThePrincipleTextAndSource() {
        let catalog = shippedCatalog()
        let lesson = Lesson(principle: .p7, catalog: catalog)
        #expect(lesson.statement == catalog.text("principle.P7"))
        #expect(lesson.source == catalog.text("principle.P7.source"))
        #expect(lesson.title == "No review incentives.")
    }

    @Test func aPrincipleIsFoundByIdNumberOrShortName() {
        #expect(Principle(naming: "P7") == .p7)
        #expect(Principle(naming: "p7") == .p7)
        #expect(Principle(naming: "7") == .p7)
        #expect(Principle(naming: "no-review-incentives") == .p7)
        #expect(Principle(naming: "P18") == nil)
        #expect(Principle(naming: "seven") == nil)
    }

    @Test func everyLessonRendersWithoutAMissingPrompt() {
        let renderer = LessonRenderer(catalog: shippedCatalog())
        let text = (renderer.all() + renderer.list()).map(\.text).joined(separator: "\n")
        #expect(!text.contains("[missing prompt:"))
        #expect(!text.contains("{"), "an unfilled placeholder: \(text)")
    }
}
