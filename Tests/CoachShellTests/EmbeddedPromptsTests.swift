import CoachCore
import CoachPrompts
import CoachShell
import Testing

@Suite struct EmbeddedPromptsTests {
    @Test func theEntriesParsedAtBuildTimeAreThoseOfTheEmbeddedFiles() throws {
        let parsedNow = try PromptCatalog(files: EmbeddedPrompts.files)
        #expect(PromptLoader.embedded() == parsedNow)
        #expect(PromptLoader.embedded().entries.count == EmbeddedPrompts.entries.count)
    }
}
