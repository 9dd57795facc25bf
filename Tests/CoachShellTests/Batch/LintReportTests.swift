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

    @Test func findingsAreCodeTextAdvicePrincipleRewriteAndNotClean() {
        let report = LintReport(findings: [Finding(code: .legalThreat, text: "see you in \"court\"")], renderer: renderer)
        #expect(report.json == #"{"findings":[{"code":"legal_threat","text":"see you in \"court\"","advice":"# + quoted(renderer.advice(for: .legalThreat))
            + #","principle":"# + quoted(renderer.principle(for: .legalThreat)) + #","rewrite":"# + quoted(renderer.rewrite(for: .legalThreat))
            + #"}],"clean":false}"#)
    }

    @Test func aPlatformRuleFindingNamesItsPlatforms() {
        let report = LintReport(findings: [Finding(code: .platformRule, text: "x", platforms: [.google, .tripadvisor])], renderer: renderer)
        #expect(report.json.contains(#""platforms":["google","tripadvisor"]}"#))
    }

    @Test func otherFindingsHaveNoPlatformsKey() {
        let report = LintReport(findings: [Finding(code: .hostileTone, text: "x")], renderer: renderer)
        #expect(!report.json.contains("platforms"))
    }

    private func quoted(_ text: String) -> String {
        var json = JSONWriter()
        json.string(text)
        return json.text
    }
}
