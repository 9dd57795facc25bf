import CoachCore
import CoachPrompts
import Testing

/// prompts/lint.txt holds the advice for every finding code, citing that code's principles.
@Suite struct LintPromptsTests {
    static func catalog() throws -> PromptCatalog {
        try PromptCatalog(files: EmbeddedPrompts.files)
    }

    @Test(arguments: FindingCode.allCases)
    func everyFindingCodeHasAdvice(_ code: FindingCode) throws {
        let text = try #require(try Self.catalog().entries["lint.advice.\(code.rawValue)"])
        #expect(!text.isEmpty)
    }

    @Test(arguments: FindingCode.allCases)
    func adviceCitesTheCodesPrinciples(_ code: FindingCode) throws {
        let text = try #require(try Self.catalog().entries["lint.advice.\(code.rawValue)"])
        for p in code.principles { #expect(text.contains(p.rawValue), "\(code) should cite \(p.rawValue)") }
    }
}
