/// A practice session written out as Markdown for the trainer (`practice --report FILE`): each
/// case with the trainee's answer, the rules' verdict and why, the draft's check, and the score.
public struct PracticeReport: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    public func markdown(for state: PracticeState) -> String {
        let renderer = PracticeRenderer(catalog: catalog)
        let events = EventRenderer(catalog: catalog)
        let summary = PracticeSummary(state: state)
        var out = "# " + catalog.text(.reportTitle) + "\n\n"
        out += catalog.text(.reportSummary, renderer.scoreValues(summary.score).merging(["seed": "\(summary.seed)"]) { a, _ in a }) + "\n\n"
        out += catalog.text(.reportTableHeader) + "\n|---|---:|---:|\n"
        for verdict in Verdict.allCases {
            let tally = summary.score[verdict]
            out += "| \(renderer.verdictName(verdict)) | \(tally.right) | \(tally.wrong) |\n"
        }
        if summary.stoppedEarly {
            out += "\n" + catalog.text(.practiceSummaryStopped, ["done": "\(summary.score.answered)", "total": "\(summary.planned)"]) + "\n"
        }
        for (index, grade) in state.grades.enumerated() {
            out += "\n## " + catalog.text(.reportCase, ["number": "\(index + 1)", "id": grade.practiceCase.id]) + "\n\n"
            out += quoted(grade.practiceCase.review) + "\n\n"
            out += VisibleText.escape(grade.practiceCase.context) + "\n\n"
            out += "- " + catalog.text(.reportAnswer, [
                "given": renderer.verdictName(grade.given), "verdict": renderer.verdictName(grade.expected),
                "result": catalog.text(grade.isRight ? .reportResultRight : .reportResultWrong),
            ]) + "\n"
            out += "- " + catalog.text(.practiceFacts, ["facts": renderer.factsSentence(grade.assessment.facts)]) + "\n"
            out += "- " + catalog.text(.practiceRule, [
                "rule": catalog.text("rule.\(grade.assessment.rule.rawValue)"),
                "principles": events.cite(grade.assessment.rule.principles),
            ]) + "\n"
            out += "- " + catalog.text(.practiceNote, ["note": VisibleText.escape(grade.practiceCase.note)]) + "\n\n"
            if let draft = grade.draft {
                out += catalog.text(.reportDraft) + "\n\n" + quoted(draft) + "\n\n"
                out += events.checkResult(grade.draftFindings).map { VisibleText.escape($0.text) }.joined(separator: "\n") + "\n\n"
            } else {
                out += catalog.text(.reportNoDraft) + "\n\n"
            }
            out += catalog.text(.practiceCoachReply) + "\n\n" + quoted(grade.assessment.reply) + "\n"
        }
        return out
    }

    private func quoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + VisibleText.escape(String($0)) }.joined(separator: "\n")
    }
}
