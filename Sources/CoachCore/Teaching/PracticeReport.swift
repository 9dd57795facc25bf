/// A practice session written out as Markdown for the trainer (`practice --report FILE`): each
/// case with the trainee's answer, the rules' verdict and why, the draft's check, and the score.
public struct PracticeReport: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The report. Trainee drafts and case reviews are fenced code blocks; every other piece
    /// of text (the catalogue's words and cases, which a `--prompts` folder may replace) is
    /// escaped through `UntrustedText`, so only the report's own headings, lists, quotes and
    /// score table are Markdown structure.
    /// `name` is the trainee's (`practice --name`), shown under the title.
    public func markdown(for state: PracticeState, name: String? = nil) -> String {
        let renderer = PracticeRenderer(catalog: catalog)
        let events = EventRenderer(catalog: catalog)
        let summary = PracticeSummary(state: state)
        var out = "# " + text(.reportTitle) + "\n\n"
        if let name { out += UntrustedText.markdown(catalog.text(ClassKey.reportTrainee, ["name": name])) + "\n\n" }
        out += text(.reportSummary, renderer.scoreValues(summary.score).merging(["seed": "\(summary.seed)"]) { a, _ in a }) + "\n\n"
        out += tableHeader() + "\n|---|---:|---:|\n"
        for verdict in Verdict.allCases {
            let tally = summary.score[verdict]
            out += "| \(UntrustedText.markdown(renderer.verdictName(verdict))) | \(tally.right) | \(tally.wrong) |\n"
        }
        if summary.stoppedEarly {
            out += "\n" + text(.practiceSummaryStopped, ["done": "\(summary.score.answered)", "total": "\(summary.planned)"]) + "\n"
        }
        for (index, grade) in state.grades.enumerated() {
            out += "\n## " + text(.reportCase, ["number": "\(index + 1)", "id": grade.practiceCase.id]) + "\n\n"
            out += UntrustedText.markdownFenced(grade.practiceCase.review) + "\n\n"
            out += UntrustedText.markdown(grade.practiceCase.context) + "\n\n"
            out += "- " + text(.reportAnswer, [
                "given": renderer.verdictName(grade.given), "verdict": renderer.verdictName(grade.expected),
                "result": catalog.text(grade.isRight ? .reportResultRight : .reportResultWrong),
            ]) + "\n"
            out += "- " + text(.practiceFacts, ["facts": renderer.factsSentence(grade.assessment.facts)]) + "\n"
            out += "- " + text(.practiceRule, [
                "rule": catalog.text("rule.\(grade.assessment.rule.rawValue)"),
                "principles": events.cite(grade.assessment.rule.principles),
            ]) + "\n"
            out += "- " + text(.practiceNote, ["note": grade.practiceCase.note]) + "\n\n"
            if let draft = grade.draft {
                out += text(.reportDraft) + "\n\n" + UntrustedText.markdownFenced(draft) + "\n\n"
                out += SessionReport.markdownList(events.checkResult(grade.draftFindings)) + "\n\n"
            } else {
                out += text(.reportNoDraft) + "\n\n"
            }
            out += text(.practiceCoachReply) + "\n\n" + quoted(grade.modelReply) + "\n"
        }
        return out
    }

    /// A catalogue entry, filled and escaped as Markdown text.
    private func text(_ key: TeachingKey, _ values: [String: String] = [:]) -> String {
        UntrustedText.markdown(catalog.text(key, values))
    }

    /// The score table's header row from the catalogue: its cells escaped, its bars kept.
    private func tableHeader() -> String {
        let cells = catalog.text(.reportTableHeader).split(separator: "|", omittingEmptySubsequences: true)
            .map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }.filter { !$0.isEmpty }
        return "| " + cells.map(UntrustedText.markdown).joined(separator: " | ") + " |"
    }

    private func quoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + UntrustedText.markdown(String($0)) }.joined(separator: "\n")
    }
}
