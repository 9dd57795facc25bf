import CoachCore
import CoachShell
import Testing

/// The JSON practice report: what `practice --json-report` writes reads back the same.
@Suite struct PracticeRecordJSONTests {
    private let record = PracticeRecord(toolVersion: "0.1.0", name: "Zoë O'Neil", date: "2026-11-30T18:49:26Z", seed: UInt64.max, cases: [
        CaseRecord(id: "18", review: "I'll update this \"review\" once you refund.\nThanks", expected: .threatBased, answered: .troll,
                   principles: [.p7, .p10], draft: "Sorry, but no.\n\nMaria",
                   rubric: RubricRecord(score: 3, max: 12, criteria: [CriterionRecord(name: "apology", points: 1, max: 2, why: "says \"but\"")]),
                   findings: [.deflectingBut]),
        CaseRecord(id: "07", review: "Cold pizza.", expected: .genuineGrievance, answered: .genuineGrievance, principles: [.p9]),
        CaseRecord(id: "27", review: "Boycott!", expected: .troll, principles: [.p12]),
    ])

    @Test func aRecordReadsBackAsItWasWritten() throws {
        #expect(try PracticeRecordJSON.decode(PracticeRecordJSON.encode(record)) == record)
    }

    @Test func theSeedIsWrittenAsTextSoNoDigitIsLost() {
        #expect(PracticeRecordJSON.encode(record).contains("\"seed\":\"18446744073709551615\""))
    }

    @Test func aCaseNotReachedHasNullAnswerAndRight() {
        #expect(PracticeRecordJSON.encode(record).contains("\"answered\":null,\"right\":null"))
    }

    @Test func anUnknownVerdictNamesTheCaseAndTheValue() {
        let text = PracticeRecordJSON.encode(record).replacingOccurrences(of: "\"expected\":\"troll\"", with: "\"expected\":\"meh\"")
        #expect(throws: ShellError.self) { try PracticeRecordJSON.decode(text) }
        do { _ = try PracticeRecordJSON.decode(text) } catch { #expect(error.description.contains("case 3: \"meh\" is not a verdict")) }
    }
}
