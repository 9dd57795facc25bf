import CoachPromptFormat

/// Puts a rubric grade into words from `prompts/teaching.txt`: a heading, one line per
/// criterion with its points and reason, one per deduction, and the total.
public struct RubricRenderer: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The reason a criterion gave its points, with the topic put into words.
    public func why(_ mark: RubricMark) -> String {
        var values = mark.values
        if let category = values["category"] { values["topic"] = catalog.text("claim.\(category).topic") }
        return catalog.text(mark.promptKey, values)
    }

    /// The criterion's short name.
    public func name(_ criterion: RubricCriterion) -> String { catalog.text("rubric.name.\(criterion.rawValue)") }

    /// The grade as lines, for under the checker's findings.
    public func lines(_ grade: RubricGrade) -> [StyledLine] {
        var lines = [StyledLine(.heading, catalog.text("rubric.header", ["score": String(grade.score), "max": String(grade.max)]))]
        for mark in grade.marks {
            lines.append(StyledLine(mark.points == RubricCriterion.maxPoints ? .plain : .hint, catalog.text("rubric.line", [
                "points": String(mark.points), "max": String(RubricCriterion.maxPoints), "name": name(mark.criterion), "why": why(mark),
            ])))
        }
        for code in grade.deductions {
            lines.append(StyledLine(.warning, catalog.text("rubric.deduction", ["cost": String(RubricGrade.findingCost), "label": catalog.text("lint.label.\(code.rawValue)")])))
        }
        lines.append(StyledLine(.plain, catalog.text("rubric.total", [
            "score": String(grade.score), "max": String(grade.max), "percent": String(grade.percent),
        ])))
        return lines
    }
}
