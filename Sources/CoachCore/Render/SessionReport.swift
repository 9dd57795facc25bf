/// The session written out as Markdown, for `/save FILE` and `--report FILE`: the review, what
/// was noticed, the facts, the verdict and why, the reply with its check, and the next steps;
/// for a threat, the evidence pack for the platform's report form.
public struct SessionReport: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The report. Every piece of text in it (the review, the owner's answers inside the
    /// sentences, and the catalogue's own words, which a `--prompts` folder may replace) goes
    /// through `UntrustedText`: the review as a fenced code block, everything else escaped, so
    /// only the report's own headings, lists and quotes are Markdown structure.
    public func markdown(for state: InterviewState) -> String {
        let renderer = EventRenderer(catalog: catalog)
        var out = "# " + text("report.title") + "\n\n"
        out += "## " + text("report.review") + "\n\n"
        out += UntrustedText.markdownFenced(state.reviewLines.joined(separator: "\n")) + "\n\n"
        guard renderer.script.hasVerdict(at: state.step) else {
            out += text("report.unfinished", ["step": renderer.name(of: state.step)]) + "\n"
            return out
        }
        let assessment = Coach(catalog: catalog).assessment(for: state)
        out += "## " + text("verdict.header", ["verdict": catalog.text("verdict.\(assessment.verdict.rawValue)")]) + "\n\n"
        out += text("verdict.explain.\(assessment.verdict.rawValue)") + "\n\n"
        out += "### " + text("reasons.header") + "\n\n"
        out += renderer.reasons(for: assessment).map { "- " + UntrustedText.markdown($0) }.joined(separator: "\n") + "\n\n"
        out += UntrustedText.markdown(renderer.principlesLineOutsideChat(assessment.principles).joined(separator: "\n")) + "\n\n"
        out += "## " + text("reply.header") + "\n\n"
        out += assessment.reply.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + UntrustedText.markdown(String($0)) }.joined(separator: "\n") + "\n\n"
        if assessment.composed.withheld == nil {
            out += Self.markdownList(renderer.checkResult(assessment.replyFindings)) + "\n\n"
        }
        out += "## " + text("next.header") + "\n\n"
        out += renderer.nextSteps(assessment.nextSteps).map { "- " + UntrustedText.markdown($0) }.joined(separator: "\n") + "\n"
        if assessment.verdict == .threatBased {
            out += "\n" + EvidencePack(catalog: catalog).markdown(for: assessment, state: state)
        }
        return out
    }

    /// Lines as Markdown text, each escaped; a line the catalogue starts with "- " (a finding)
    /// stays a list item, with its text escaped.
    static func markdownList(_ lines: [StyledLine]) -> String {
        lines.map { line in
            line.text.hasPrefix("- ") ? "- " + UntrustedText.markdown(String(line.text.dropFirst(2))) : UntrustedText.markdown(line.text)
        }.joined(separator: "\n")
    }

    /// A catalogue entry, filled and escaped as Markdown text.
    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        UntrustedText.markdown(catalog.text(key, values))
    }
}
