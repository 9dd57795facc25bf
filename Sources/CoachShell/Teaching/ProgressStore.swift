import CoachCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each named trainee's practice results, kept in an SQLite file in the state folder
/// (`progress.sqlite`), so `practice --progress NAME` can show a trend and `--adaptive` can pick
/// what was missed. A trainer may open the file with `sqlite3`; the schema is `ProgressStore.schema`
/// (also in the README). Drafts are not kept here: they stay in the reports.
public final class ProgressStore {
    let database: SQLiteDatabase

    /// The file name in the state folder.
    public static let fileName = "progress.sqlite"
    /// The schema's version, in `PRAGMA user_version`.
    public static let version = 1

    /// Tables for trainees, their sessions and each session's answers.
    public static let schema = """
        CREATE TABLE IF NOT EXISTS trainees (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- as given to --name
            created_at TEXT NOT NULL                         -- ISO 8601, UTC
        );
        CREATE TABLE IF NOT EXISTS sessions (
            id           INTEGER PRIMARY KEY,
            trainee_id   INTEGER NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
            finished_at  TEXT NOT NULL,     -- ISO 8601, UTC
            seed         TEXT NOT NULL,     -- the order's seed (a 64-bit unsigned number)
            tool_version TEXT NOT NULL,     -- review-coach --version
            planned      INTEGER NOT NULL   -- cases planned (answers may be fewer)
        );
        CREATE TABLE IF NOT EXISTS answers (
            id           INTEGER PRIMARY KEY,
            session_id   INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position     INTEGER NOT NULL,  -- 1 for the first case shown
            case_id      TEXT NOT NULL,     -- the case's id in its pack
            review       TEXT NOT NULL,     -- the review text (identifies the case across packs)
            expected     TEXT NOT NULL,     -- genuine_grievance, threat_based or troll
            answered     TEXT NOT NULL,     -- the trainee's verdict
            is_right     INTEGER NOT NULL,  -- 1 right, 0 wrong
            principles   TEXT NOT NULL,     -- the deciding rule's principles, e.g. 'P7 P10'
            rubric_score INTEGER,           -- the draft's rubric points (NULL: draft skipped)
            rubric_max   INTEGER,
            findings     TEXT NOT NULL      -- the checker's codes, e.g. 'non_apology deflecting_but'
        );
        CREATE INDEX IF NOT EXISTS sessions_by_trainee ON sessions(trainee_id, finished_at);
        CREATE INDEX IF NOT EXISTS answers_by_session ON answers(session_id, position);
        """

    /// Opens (creating if needed) the store at `path` and makes sure the tables exist; with
    /// `readOnly`, opens an existing file and changes nothing.
    public init(path: String, readOnly: Bool = false) throws(SQLiteError) {
        database = try SQLiteDatabase(path: path, readOnly: readOnly)
        if !readOnly { try database.execute("PRAGMA foreign_keys = ON") }
        let found = try database.rows("PRAGMA user_version").first?.first?.int ?? 0
        guard found <= Self.version else {
            throw SQLiteError(code: 0, path: path, detail: "made by a newer Review Coach (schema \(found), this one knows \(Self.version)); use that version, or move the file aside")
        }
        if found < Self.version && !readOnly {
            try database.transaction { () throws(SQLiteError) in
                try database.execute(Self.schema)
                try database.execute("PRAGMA user_version = \(Self.version)")
            }
        }
    }

    /// The store in the state folder, creating the folder if needed.
    public static func standard(state: StateDirectory = StateDirectory()) throws -> ProgressStore {
        try state.create(state.path)
        let file = path(in: state)
        try SafeFile.refuseLink(at: file)
        let store = try ProgressStore(path: file)
        // Private to the owner, like every file in the state folder (SQLite creates it 0644).
        _ = chmod(file, 0o600)
        return store
    }

    /// The store in the state folder to read from, or `nil` when there is none yet (nothing is
    /// created: `--progress` and `--incognito` write nothing).
    public static func existing(state: StateDirectory = StateDirectory()) throws -> ProgressStore? {
        let file = path(in: state)
        guard SafeFile.exists(file) else { return nil }
        try SafeFile.refuseLink(at: file)
        return try ProgressStore(path: file, readOnly: true)
    }

    /// Where the store lives in a state folder.
    public static func path(in state: StateDirectory) -> String { state.path + "/" + fileName }

    /// Keeps one session's answered cases for `name` (creating the trainee on first use).
    public func record(_ record: PracticeRecord, name: String) throws(SQLiteError) {
        try database.transaction { () throws(SQLiteError) in
            try database.run("INSERT OR IGNORE INTO trainees (name, created_at) VALUES (?, ?)", [.text(name), .text(record.date)])
            guard let trainee = try database.rows("SELECT id FROM trainees WHERE name = ?", [.text(name)]).first?.first else { return }
            try database.run(
                "INSERT INTO sessions (trainee_id, finished_at, seed, tool_version, planned) VALUES (?, ?, ?, ?, ?)",
                [trainee, .text(record.date), .text(String(record.seed)), .text(record.toolVersion), .integer(Int64(record.cases.count))])
            let session = database.lastInsertID
            for (position, answer) in record.cases.enumerated() {
                guard let given = answer.answered else { continue }
                try database.run("""
                    INSERT INTO answers (session_id, position, case_id, review, expected, answered, is_right, principles,
                                         rubric_score, rubric_max, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [
                        .integer(session), .integer(Int64(position + 1)), .text(answer.id), .text(answer.review),
                        .text(answer.expected.rawValue), .text(given.rawValue), .integer(given == answer.expected ? 1 : 0),
                        .text(answer.principles.map(\.rawValue).joined(separator: " ")),
                        answer.rubric.map { .integer(Int64($0.score)) } ?? .null, answer.rubric.map { .integer(Int64($0.max)) } ?? .null,
                        .text(answer.findings.map(\.rawValue).joined(separator: " ")),
                    ])
            }
        }
    }

    /// `name`'s sessions, oldest first, each with its answers (empty when none are kept).
    public func sessions(of name: String) throws(SQLiteError) -> [ProgressSession] {
        let rows = try database.rows("""
            SELECT s.id, s.finished_at, a.expected, a.principles, a.is_right, a.rubric_score, a.rubric_max
            FROM sessions s JOIN trainees t ON t.id = s.trainee_id JOIN answers a ON a.session_id = s.id
            WHERE t.name = ? ORDER BY s.finished_at, s.id, a.position
            """, [.text(name)])
        var sessions: [(id: Int, session: ProgressSession)] = []
        for row in rows {
            guard let id = row[0].int, let expected = row[2].string.flatMap(Verdict.init(rawValue:)) else { continue }
            let principles = (row[3].string ?? "").split(separator: " ").compactMap { Principle(rawValue: String($0)) }
            let percent = row[5].int.flatMap { score in row[6].int.map { $0 == 0 ? 100 : score * 100 / $0 } }
            let answer = ProgressAnswer(expected: expected, principles: principles, isRight: row[4].int == 1, rubricPercent: percent)
            if sessions.last?.id == id {
                sessions[sessions.count - 1].session.answers.append(answer)
            } else {
                sessions.append((id, ProgressSession(date: row[1].string ?? "", answers: [answer])))
            }
        }
        return sessions.map(\.session)
    }
}
