/// A set of practice cases as a printable Markdown worksheet (`practice --worksheet FILE`): each
/// review and what the owner knows, with room for the verdict and the reply; and, for a separate
/// sheet, the answer key: the verdict, the rule and principles behind it, the teaching point and
/// a model reply. Case text is escaped through `UntrustedText`, as in the practice report.
public struct PracticeWorksheet: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// How many empty lines the reply gets on paper.
    static let replyLines = 8

    /// The worksheet for the plan's cases, in the plan's order.
    public func worksheet(for plan: PracticePlan, title: String) -> String {
        var out = "# " + text(.worksheetTitle, ["title": title]) + "\n\n" + text(.worksheetIntro) + "\n"
        for (index, practiceCase) in plan.cases.enumerated() {
            out += "\n" + caseHeading(index, of: plan.cases.count, practiceCase)
            out += "**" + text(.worksheetReview) + "**\n\n" + UntrustedText.markdownFenced(practiceCase.review) + "\n\n"
            out += "**" + text(.worksheetContext) + "** " + UntrustedText.markdown(practiceCase.context) + "\n\n"
            out += text(.worksheetVerdict) + "\n\n"
            out += "**" + text(.worksheetReply) + "**\n\n"
            out += String(repeating: String(repeating: "\\_", count: 60) + "\n\n", count: Self.replyLines)
        }
        return out
    }

    /// The answer key for the same cases, numbered as on the worksheet.
    public func answers(for plan: PracticePlan, title: String) -> String {
        let renderer = PracticeRenderer(catalog: catalog)
        let events = EventRenderer(catalog: catalog)
        var out = "# " + text(.answersTitle, ["title": title]) + "\n"
        for (index, practiceCase) in plan.cases.enumerated() {
            let assessment = practiceCase.assessment(catalog: catalog)
            out += "\n" + caseHeading(index, of: plan.cases.count, practiceCase)
            out += "- " + text(.answersVerdict, ["verdict": renderer.verdictName(assessment.verdict)]) + "\n"
            out += "- " + text(.answersWhy, [
                "rule": catalog.text("rule.\(assessment.rule.rawValue)"), "principles": events.cite(assessment.rule.principles),
            ]) + "\n"
            out += "- " + text(.answersNote, ["note": practiceCase.note]) + "\n\n"
            out += "**" + text(.answersModel) + "**\n\n" + quoted(practiceCase.modelReply(assessment)) + "\n"
        }
        return out
    }

    private func caseHeading(_ index: Int, of total: Int, _ practiceCase: PracticeCase) -> String {
        "## " + text(.worksheetCase, ["number": "\(index + 1)", "total": "\(total)"]) + " (" + UntrustedText.markdown(practiceCase.id) + ")\n\n"
    }

    private func text(_ key: PackKey, _ values: [String: String] = [:]) -> String {
        UntrustedText.markdown(catalog.text(key.rawValue, values))
    }

    private func quoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + UntrustedText.markdown(String($0)) }.joined(separator: "\n")
    }
}
