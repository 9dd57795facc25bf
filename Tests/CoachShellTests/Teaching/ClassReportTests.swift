import CoachCore
import CoachShell
import Testing

/// `class-report` on three trainees' reports of the same seven-seed cases (Fixtures/class).
@Suite struct ClassReportTests {
    @Test func theGridHasOneRowPerTraineeWithVerdictMarksAndRubricScores() throws {
        let page = try ClassFixtures.page()
        #expect(page.contains("| Trainee | 1 (18) | 2 (07) | 3 (27) | Right, replies |"))
        #expect(page.contains("| Alex | ✓ 91% | ✓ 83% | ✓ no draft | 3/3, 87% |"))
        #expect(page.contains("| Kim Lee | ✗ 0% | ✗ no draft | ✗ 0% | 0/3, 0% |"))
    }

    @Test func wrongVerdictsAreGroupedByExpectedAndAnswered() throws {
        let page = try ClassFixtures.page()
        #expect(page.contains("- threat-based taken for a genuine grievance: 1 time(s), case(s) 1"))
        #expect(page.contains("- a troll taken for a genuine grievance: 1 time(s), case(s) 3"))
    }

    @Test func checkerFindingsAreListedByTheirReadableLabels() throws {
        let page = try ClassFixtures.page()
        #expect(page.contains("- Not a real apology (non\\_apology): 1 draft(s)"))
        #expect(page.contains("- Offer tied to the review (review\\_incentive): 1 draft(s)"))
    }

    @Test func theWeakestRubricCriteriaComeLowestFirst() throws {
        let page = try ClassFixtures.page()
        let criteria = page.components(separatedBy: "(share of the points earned):\n\n")[1].components(separatedBy: "\n\n")[0]
        let percents = criteria.split(separator: "\n").compactMap { Int($0.split(separator: " ").last?.dropLast() ?? "") }
        #expect(!percents.isEmpty)
        #expect(percents == percents.sorted())
    }

    @Test func eachCaseShowsEveryTraineesDraft() throws {
        let page = try ClassFixtures.page()
        let case3 = page.components(separatedBy: "### Case 3 (27)")[1]
        #expect(case3.contains("Alex: a troll (right), reply -"))
        #expect(case3.contains("Sam: a troll (right), reply 0/6"))
        #expect(case3.contains("We will refund you if you remove the review. The team"))
    }

    @Test func anonymiseReplacesEveryNameWithALetterInFileOrder() throws {
        let page = try ClassFixtures.page(anonymise: true)
        #expect(page.contains("| Trainee A | ✓ 91%"))
        #expect(page.contains("| Trainee C | ✗ 0%"))
        #expect(page.contains("Trainee B: a troll (right)"))
        for name in ["Alex", "Sam", "Kim Lee"] { #expect(!page.contains(name), "\(name) is still on the page") }
    }

    @Test func aNameInADraftIsHiddenToo() throws {
        let catalog = try ClassFixtures.catalog()
        var record = try ClassReportFiles.load([ClassFixtures.path("alex.json")])[0]
        record.cases[0].draft = "Sorry. Alex, owner"
        let page = ClassReport(catalog: catalog, records: [record], anonymise: true).markdown()
        #expect(page.contains("Sorry. Trainee A, owner"))
    }

    @Test func aMissingFileIsNamed() {
        let error = ClassFixtures.error(loading: [ClassFixtures.path("alex.json"), "/no/such/report.json"])
        #expect(error.contains("/no/such/report.json"))
    }

    @Test func aFileThatIsNotJSONIsNamedWithWhatToGive() {
        let error = ClassFixtures.error(loading: [ClassFixtures.path("not-json.json")])
        #expect(error.contains("not-json.json: it is not JSON"))
        #expect(error.contains("practice --json-report"))
    }

    @Test func aReportOfAnotherFormatSaysWhichAndWhatToDo() {
        let error = ClassFixtures.error(loading: [ClassFixtures.path("format2.json")])
        #expect(error.contains("format2.json: it is a practice report of format 2"))
        #expect(error.contains("reads format 1"))
    }

    @Test func reportsOnDifferentCasesAreRefusedNamingBothFiles() {
        let error = ClassFixtures.error(loading: [ClassFixtures.path("alex.json"), ClassFixtures.path("other.json")])
        #expect(error.contains("other.json is a practice on other cases than"))
        #expect(error.contains("alex.json"))
        #expect(error.contains("--seed"))
    }
}
