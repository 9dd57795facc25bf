import CoachCore
import Testing

/// A practice report whose trainee draft is hostile: one case, answered, with the draft below.
enum PracticeReportHostileDraft {
    static let draft = ["<img src=x onerror=alert(1)>", "# You passed", "[claim your prize](http://phish.example) ![x](http://t/p.png)", "```", "\u{1B}]52;c;eA==\u{7}"]

    static func report() -> String {
        let catalog = shippedCatalog()
        let session = PracticeSession(catalog: catalog)
        let library = try! CaseLibrary(catalog: catalog)
        var (state, _) = session.start(PracticePlan(library: library, count: 1, seed: 1))
        for line in ["g"] + draft + [""] { state = session.step(state, line).0 }
        return PracticeReport(catalog: catalog).markdown(for: state)
    }
}

/// `practice --report` Markdown: the trainee's draft is shown, never rendered.
@Suite struct PracticeReportTests {
    @Test func theTraineesDraftIsAFenceLongerThanTheBackticksInIt() {
        let fenced = "````\n" + PracticeReportHostileDraft.draft.dropLast().joined(separator: "\n") + "\n\\u{1B}]52;c;eA==\\u{7}\n````"
        #expect(PracticeReportHostileDraft.report().contains(fenced))
    }

    @Test func theReportHoldsNoHiddenCharacter() {
        #expect(!PracticeReportHostileDraft.report().unicodeScalars.contains { UntrustedText.isHidden($0) && $0 != "\n" })
    }

    @Test func theScoreTableKeepsItsColumns() {
        #expect(PracticeReportHostileDraft.report().contains("| Kind of review | Right | Wrong |\n|---|---:|---:|\n"))
    }
}
