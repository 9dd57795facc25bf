/// The "most common mistakes" part of a class report: wrong verdicts grouped by what was expected
/// and what was answered, the checker's most frequent findings by their readable labels, and
/// the rubric criteria the class scored lowest on.
struct ClassMistakes {
    let report: ClassReport

    /// How many checker findings and rubric criteria to list.
    static let listed = 5

    func markdown() -> String {
        var out = "## " + report.text(.mistakesHeader) + "\n\n"
        out += report.text(.mistakesVerdicts) + "\n\n" + verdicts() + "\n\n"
        out += report.text(.mistakesFindings) + "\n\n" + findings() + "\n\n"
        out += report.text(.mistakesCriteria) + "\n\n" + criteria() + "\n"
        return out
    }

    private var answers: [CaseRecord] { report.records.flatMap(\.answered) }

    /// "- Genuine grievance answered as troll: 3 (cases 2, 5)", most frequent first.
    func verdicts() -> String {
        let names = PracticeRenderer(catalog: report.catalog)
        var counts: [String: (expected: Verdict, answered: Verdict, cases: [Int], count: Int)] = [:]
        for (number, practiceCase) in report.cases.enumerated() {
            for answer in report.answers(to: practiceCase.identity) {
                guard let answer, let given = answer.answered, given != answer.expected else { continue }
                let key = answer.expected.rawValue + ">" + given.rawValue
                var entry = counts[key] ?? (answer.expected, given, [], 0)
                entry.count += 1
                if entry.cases.last != number + 1 { entry.cases.append(number + 1) }
                counts[key] = entry
            }
        }
        guard !counts.isEmpty else { return "- " + report.text(.mistakesNoVerdicts) }
        return counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { _, entry in
            "- " + report.text(.mistakeVerdict, [
                "expected": names.verdictName(entry.expected), "answered": names.verdictName(entry.answered),
                "count": "\(entry.count)", "cases": entry.cases.map(String.init).joined(separator: ", "),
            ])
        }.joined(separator: "\n")
    }

    /// The checker's findings in the drafts, by label, most frequent first.
    func findings() -> String {
        var counts: [FindingCode: Int] = [:]
        for answer in answers { for code in Set(answer.findings) { counts[code, default: 0] += 1 } }
        guard !counts.isEmpty else { return "- " + report.text(.mistakesNoFindings) }
        return counts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.prefix(Self.listed).map { code, count in
            "- " + report.text(.mistakeFinding, [
                "label": report.catalog.text("lint.label.\(code.rawValue)"), "code": code.rawValue, "count": "\(count)",
            ])
        }.joined(separator: "\n")
    }

    /// The rubric criteria by the share of their points the class earned, lowest first.
    func criteria() -> String {
        var totals: [String: (points: Int, max: Int)] = [:]
        for criterion in answers.compactMap(\.rubric).flatMap(\.criteria) {
            let sum = totals[criterion.name] ?? (0, 0)
            totals[criterion.name] = (sum.points + criterion.points, sum.max + criterion.max)
        }
        let scored = totals.filter { $0.value.max > 0 }.map { (name: $0.key, percent: $0.value.points * 100 / $0.value.max) }
        let weak = scored.filter { $0.percent < 100 }.sorted { ($0.percent, $0.name) < ($1.percent, $1.name) }
        guard !weak.isEmpty else { return "- " + report.text(.mistakesNoCriteria) }
        return weak.prefix(Self.listed).map { item in
            "- " + report.text(.mistakeCriterion, [
                "criterion": report.catalog.text("rubric.name.\(item.name)"), "percent": "\(item.percent)",
            ])
        }.joined(separator: "\n")
    }
}
