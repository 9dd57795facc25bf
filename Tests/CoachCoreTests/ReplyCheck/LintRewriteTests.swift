import CoachCore
import CoachPrompts
import Testing

/// Every finding code has a replacement sentence in prompts/lint.txt, and it passes the checker.
@Suite struct LintRewriteTests {
    let renderer = EventRenderer(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    @Test(arguments: FindingCode.allCases)
    func theRewriteForACodeIsCleanInEveryContext(_ code: FindingCode) {
        let rewrite = renderer.rewrite(for: code)
        #expect(!rewrite.isEmpty)
        for context in PraisedRepliesTests.contexts {
            #expect(ReplyChecker.check(rewrite, context: context) == [], "\(code.rawValue) under \(context)")
        }
    }

    @Test(arguments: FindingCode.allCases)
    func everyCodeCitesAPrinciple(_ code: FindingCode) {
        #expect(!renderer.principle(for: code).isEmpty)
    }
}
