/// The parts of a lesson's worked example, each a prompt key `lesson.<id>.example.<part>`.
public enum LessonPart: String, CaseIterable, Sendable {
    /// A review the principle applies to.
    case review
    /// The reply that makes the typical mistake the principle warns against.
    case wrong
    /// A short, warm, specific reply that follows the principle.
    case right
    /// Why the right reply works and the wrong one does not.
    case why

    /// The prompt key of this part for a principle.
    public func key(for principle: Principle) -> String {
        "lesson.\(principle.rawValue).example.\(rawValue)"
    }
}

/// A short lesson on one principle: the principle in plain words, its source, and one worked
/// example. The principle and its source are the `principle.<id>` entries the coach already
/// cites; the example lives in `prompts/lessons.txt`, where a trainer can edit it.
public struct Lesson: Sendable, Equatable {
    public var principle: Principle
    /// The principle in plain words.
    public var statement: String
    /// The article(s) or rule it comes from.
    public var source: String
    public var review: String
    public var wrongReply: String
    public var rightReply: String
    public var why: String

    /// The lesson for a principle, read from the catalogue (a missing part shows visibly).
    public init(principle: Principle, catalog: PromptCatalog) {
        self.principle = principle
        statement = catalog.text("principle.\(principle.rawValue)")
        source = catalog.text("principle.\(principle.rawValue).source")
        review = catalog.text(LessonPart.review.key(for: principle))
        wrongReply = catalog.text(LessonPart.wrong.key(for: principle))
        rightReply = catalog.text(LessonPart.right.key(for: principle))
        why = catalog.text(LessonPart.why.key(for: principle))
    }

    /// Every lesson, P1 to P17, in order.
    public static func all(catalog: PromptCatalog) -> [Lesson] {
        Principle.allCases.map { Lesson(principle: $0, catalog: catalog) }
    }

    /// The principle's first sentence ("Calm down."), for the list of lessons.
    public var title: String {
        guard let end = statement.firstIndex(of: ".") else { return statement }
        return String(statement[...end])
    }
}
