import CoachCore
import CoachShell
import Foundation
import Testing

/// The progress store (SQLite in the state folder) on a temporary folder.
@Suite struct ProgressStoreTests {
    private func scratch() -> StateDirectory {
        StateDirectory(environment: ["XDG_STATE_HOME": NSTemporaryDirectory() + "progress-test-\(UUID().uuidString)"])
    }

    private func record(date: String, answered: Verdict) -> PracticeRecord {
        PracticeRecord(toolVersion: "0.1.0", name: "Alex", date: date, seed: 7, cases: [
            CaseRecord(id: "18", review: "Refund me or I post.", expected: .threatBased, answered: answered, principles: [.p7, .p10],
                       draft: "Sorry.", rubric: RubricRecord(score: 3, max: 12, criteria: []), findings: [.nonApology]),
            CaseRecord(id: "07", review: "Cold pizza.", expected: .genuineGrievance, answered: .genuineGrievance, principles: [.p9]),
            CaseRecord(id: "27", review: "Boycott!", expected: .troll, principles: [.p12]),
        ])
    }

    @Test func recordedSessionsComeBackOldestFirstWithTheirAnsweredCases() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        let store = try ProgressStore.standard(state: state)
        try store.record(record(date: "2026-11-02T00:00:00Z", answered: .threatBased), name: "Alex")
        try store.record(record(date: "2026-11-01T00:00:00Z", answered: .troll), name: "Alex")
        let sessions = try store.sessions(of: "alex")
        #expect(sessions.map(\.date) == ["2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z"])
        #expect(sessions[0].answers.count == 2)
        #expect(sessions[0].answers[0] == ProgressAnswer(expected: .threatBased, principles: [.p7, .p10], isRight: false, rubricPercent: 25))
    }

    @Test func anotherTraineesSessionsAreNotMixedIn() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        let store = try ProgressStore.standard(state: state)
        try store.record(record(date: "2026-11-01T00:00:00Z", answered: .troll), name: "Sam")
        #expect(try store.sessions(of: "Alex").isEmpty)
    }

    @Test func theTrendOfStoredSessionsShowsTheImprovement() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        let store = try ProgressStore.standard(state: state)
        try store.record(record(date: "2026-11-01T00:00:00Z", answered: .troll), name: "Alex")
        try store.record(record(date: "2026-11-02T00:00:00Z", answered: .threatBased), name: "Alex")
        let lines = ProgressTrend(catalog: try ClassFixtures.catalog()).lines(name: "Alex", sessions: try store.sessions(of: "Alex"))
        #expect(lines.contains("- threat-based: 0/1 -> 1/1; replies 25% -> 25%"), "\(lines)")
    }

    @Test func adaptivePicksWhatTheLastStoredSessionGotWrong() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        let store = try ProgressStore.standard(state: state)
        try store.record(record(date: "2026-11-01T00:00:00Z", answered: .troll), name: "Alex")
        let pick = AdaptivePick(lastSession: try #require(try store.sessions(of: "Alex").last))
        #expect(pick.verdicts == [.threatBased])
        #expect(pick.principles == [.p7, .p10])
    }

    @Test func theDatabaseFileIsPrivateToTheOwner() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        _ = try ProgressStore.standard(state: state)
        let attributes = try FileManager.default.attributesOfItem(atPath: ProgressStore.path(in: state))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func readingWhenNothingWasKeptCreatesNothing() throws {
        let state = scratch()
        #expect(try ProgressStore.existing(state: state) == nil)
        #expect(!FileManager.default.fileExists(atPath: state.path))
    }

    @Test func aDamagedFileGivesAMessageThatSaysToMoveItAside() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        try state.create(state.path)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: ProgressStore.path(in: state)))
        do {
            _ = try ProgressStore.standard(state: state)
            Issue.record("a damaged file was opened")
        } catch {
            #expect("\(error)".contains("is damaged or not a Review Coach database; move it aside"))
        }
    }

    @Test func aLockedFileSaysItIsInUse() throws {
        let state = scratch()
        defer { try? FileManager.default.removeItem(atPath: state.path) }
        _ = try ProgressStore.standard(state: state)
        let holder = try SQLiteDatabase(path: ProgressStore.path(in: state))
        try holder.execute("BEGIN EXCLUSIVE")
        defer { try? holder.execute("ROLLBACK") }
        do {
            try ProgressStore.standard(state: state).record(record(date: "2026-11-01T00:00:00Z", answered: .troll), name: "Alex")
            Issue.record("a locked file was written")
        } catch {
            #expect("\(error)".contains("is in use by another program (locked)"))
        }
    }
}
