/// The session written out as Markdown, for `/save FILE` and `--report FILE`: the review, what
/// was noticed, the facts, the verdict and why, the reply with its check, and the next steps.
public struct SessionReport: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    public func markdown(for state: InterviewState) -> String {
        let renderer = EventRenderer(catalog: catalog)
        var out = "# " + catalog.text("report.title") + "\n\n"
        out += "## " + catalog.text("report.review") + "\n\n"
        out += state.reviewLines.map { "> " + VisibleText.escape($0) }.joined(separator: "\n") + "\n\n"
        guard renderer.script.hasVerdict(at: state.step) else {
            out += catalog.text("report.unfinished", ["step": renderer.name(of: state.step)]) + "\n"
            return out
        }
        let assessment = Assessment(signals: state.signals, owner: state.owner, details: state.details, catalog: catalog)
        out += "## " + catalog.text("verdict.header", ["verdict": catalog.text("verdict.\(assessment.verdict.rawValue)")]) + "\n\n"
        out += catalog.text("verdict.explain.\(assessment.verdict.rawValue)") + "\n\n"
        out += "### " + catalog.text("reasons.header") + "\n\n"
        out += renderer.reasons(for: assessment).map { "- " + VisibleText.escape($0) }.joined(separator: "\n") + "\n\n"
        out += renderer.principlesLineOutsideChat(assessment.principles).joined(separator: "\n") + "\n\n"
        out += "## " + catalog.text("reply.header") + "\n\n"
        out += assessment.reply.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + VisibleText.escape(String($0)) }.joined(separator: "\n") + "\n\n"
        out += renderer.checkResult(assessment.replyFindings).map { VisibleText.escape($0.text) }.joined(separator: "\n") + "\n\n"
        out += "## " + catalog.text("next.header") + "\n\n"
        out += renderer.nextSteps(assessment.nextSteps).map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }
}
