import CoachCore
import Testing

/// A practice session as a `PracticeRecord`: every planned case, answered or not.
@Suite struct PracticeRecordTests {
    private func session(answering lines: [String], cases: Int = 3) -> PracticeState {
        let catalog = shippedCatalog()
        let session = PracticeSession(catalog: catalog)
        let library = try! CaseLibrary(catalog: catalog)
        var (state, _) = session.start(PracticePlan(library: library, count: cases, seed: 7))
        for line in lines { (state, _) = session.step(state, line) }
        return state
    }

    @Test func anAnsweredCaseKeepsTheVerdictsTheDraftAndItsGrade() {
        // Seed 7 starts with case 18, a threat.
        let state = session(answering: ["t", "We will refund both nights in full.", ""])
        let record = PracticeRecord(state: state, name: "Alex", date: "2026-11-30T00:00:00Z", toolVersion: "0.1.0", catalog: shippedCatalog())
        let first = record.cases[0]
        #expect(first.id == "18")
        #expect(first.expected == .threatBased)
        #expect(first.answered == .threatBased)
        #expect(first.isRight == true)
        #expect(first.draft == "We will refund both nights in full.")
        #expect(first.rubric != nil)
        #expect(!first.principles.isEmpty)
    }

    @Test func casesNotReachedAreKeptWithoutAnAnswer() {
        let state = session(answering: ["t", "skip"])
        let record = PracticeRecord(state: state, name: nil, date: "d", toolVersion: "v", catalog: shippedCatalog())
        #expect(record.cases.count == 3)
        #expect(record.answered.count == 1)
        #expect(record.cases[2].answered == nil)
        #expect(record.cases[2].isRight == nil)
    }
}
