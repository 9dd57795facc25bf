import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// The error objects `classify` writes for lines it cannot read.
@Suite struct ClassifyErrorLineTests {
    let classifier = BatchClassifier(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    @Test func anErrorWithAnIdIsIdLineError() {
        #expect(ClassifyErrorLine(id: "r1", line: 3, error: "bad").json == #"{"id":"r1","line":3,"error":"bad"}"#)
    }

    @Test func anErrorWithoutAnIdLeavesTheIdOut() {
        #expect(ClassifyErrorLine(id: nil, line: 1, error: "bad").json == #"{"line":1,"error":"bad"}"#)
    }

    @Test func aBadLineGivesAFailedOutcomeWithItsLineNumber() {
        let outcome = classifier.classify(line: #"{"id":"r9","review":1}"#, number: 9)
        guard case .failed(let error) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(error.id == "r9")
        #expect(error.line == 9)
    }

    @Test func aBlankLineIsSkipped() {
        #expect(classifier.classify(line: " \t\r", number: 1) == .skipped)
    }

    @Test func aTooLongLineNamesTheReviewLimit() {
        let error = classifier.lineTooLong(number: 4, maxBytes: 100)
        #expect(error.line == 4)
        #expect(error.id == nil)
        #expect(error.error.contains("20000"))
    }
}
