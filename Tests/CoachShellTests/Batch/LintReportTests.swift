import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// The JSON of `lint-reply --json`.
@Suite struct LintReportTests {
    let renderer = EventRenderer(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    @Test func noFindingsIsAnEmptyListAndClean() {
        #expect(LintReport(findings: [], renderer: renderer).json == #"{"findings":[],"clean":true}"#)
    }

    @Test func findingsAreCodeTextAdviceAndNotClean() {
        let report = LintReport(findings: [Finding(code: .legalThreat, text: "see you in \"court\"")], renderer: renderer)
        let advice = renderer.advice(for: .legalThreat)
        var expectedAdvice = JSONWriter()
        expectedAdvice.string(advice)
        #expect(report.json == #"{"findings":[{"code":"legal_threat","text":"see you in \"court\"","advice":"# + expectedAdvice.text + #"}],"clean":false}"#)
    }
}
