/// Turns lessons into lines of text for `review-coach teach`, every word from the catalogue.
/// Pure: the shell decides where the lines go.
public struct LessonRenderer: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The index: one line per lesson, then how to read one.
    public func list() -> [StyledLine] {
        var lines = block(.heading, .teachListHeader)
        for lesson in Lesson.all(catalog: catalog) {
            var values = values(for: lesson)
            values["id"] = lesson.principle.rawValue.padding(toLength: 3)
            lines += block(.plain, .teachListItem, values)
        }
        return lines + [StyledLine(.plain, "")] + block(.hint, .teachListHow)
    }

    /// Every lesson in order, after a short introduction.
    public func all() -> [StyledLine] {
        var lines = block(.hint, .teachIntro)
        for lesson in Lesson.all(catalog: catalog) { lines += [StyledLine(.plain, "")] + render(lesson) }
        return lines
    }

    /// One lesson: heading, the principle, its source, and the worked example.
    public func render(_ lesson: Lesson) -> [StyledLine] {
        let values = values(for: lesson)
        var lines = block(.heading, .lessonHeading, values)
        lines += StyledLine.lines(.plain, lesson.statement)
        lines += block(.hint, .lessonSource, values)
        lines += [StyledLine(.plain, "")] + block(.heading, .lessonReview) + StyledLine.indentedLines(.quote, lesson.review)
        lines += [StyledLine(.plain, "")] + block(.warning, .lessonWrong) + StyledLine.indentedLines(.reply, lesson.wrongReply)
        lines += [StyledLine(.plain, "")] + block(.heading, .lessonRight) + StyledLine.indentedLines(.reply, lesson.rightReply)
        lines += [StyledLine(.plain, "")] + block(.heading, .lessonWhy) + StyledLine.lines(.plain, lesson.why)
        return lines
    }

    /// The error for a lesson name that is not a principle.
    public func unknown(_ given: String) -> String {
        catalog.text(.teachUnknown, ["given": given])
    }

    func values(for lesson: Lesson) -> [String: String] {
        [
            "id": lesson.principle.rawValue, "slug": lesson.principle.slug, "title": lesson.title,
            "number": "\(lesson.principle.number)", "total": "\(Principle.allCases.count)",
            "source": lesson.source,
        ]
    }

    private func block(_ style: LineStyle, _ key: TeachingKey, _ values: [String: String] = [:]) -> [StyledLine] {
        StyledLine.lines(style, catalog.text(key, values))
    }
}

extension String {
    /// The string padded with spaces on the right to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
