import CSQLite

/// A failure of the embedded database in words a person can act on: what went wrong, on which
/// file, and (for a locked or damaged file) what to do.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// SQLite's primary result code (`SQLITE_BUSY`, `SQLITE_NOTADB`, ...).
    public var code: Int32
    public var description: String

    init(code: Int32, path: String, detail: String) {
        self.code = code
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            description = "\(path) is in use by another program (locked); close it (for example an open sqlite3) and try again"
        case SQLITE_NOTADB, SQLITE_CORRUPT:
            description = "\(path) is damaged or not a Review Coach database; move it aside (it is only progress history) and a new one will be made"
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM:
            description = "cannot open \(path) for writing (\(detail)); check the folder's permissions, or use --incognito"
        case SQLITE_FULL:
            description = "the disk holding \(path) is full"
        default:
            description = "\(path): \(detail)"
        }
    }
}

/// A small wrapper over the system SQLite: opens a file, runs prepared statements with bound
/// parameters, and wraps work in transactions. Every failure becomes a `SQLiteError`. Not
/// shared between threads.
public final class SQLiteDatabase {
    private var handle: OpaquePointer?
    public let path: String

    /// How long to wait for another writer before giving up as locked, in milliseconds.
    public static let busyTimeout: Int32 = 2000

    /// Opens the database at `path` (creating it if missing, unless `readOnly`), refusing to
    /// follow a symbolic link.
    public init(path: String, readOnly: Bool = false) throws(SQLiteError) {
        self.path = path
        let access = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let flags = access | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_FULLMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let detail = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw SQLiteError(code: status, path: path, detail: detail)
        }
        sqlite3_busy_timeout(handle, Self.busyTimeout)
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit { sqlite3_close(handle) }

    /// Runs one or more statements that take no parameters and return no rows.
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        let detail = message.map { String(cString: $0) } ?? ""
        sqlite3_free(message)
        guard status == SQLITE_OK else { throw SQLiteError(code: status, path: path, detail: detail) }
    }

    /// Prepares one statement; bind its `?` parameters in order with `values`.
    public func prepare(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw failure(status) }
        let prepared = SQLiteStatement(statement: statement, database: self)
        try prepared.bind(values)
        return prepared
    }

    /// Runs a statement with parameters to its end (an insert or update).
    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) {
        let statement = try prepare(sql, values)
        while try statement.step() {}
    }

    /// Every row of a query, each as its columns.
    public func rows(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        let statement = try prepare(sql, values)
        var rows: [[SQLiteValue]] = []
        while try statement.step() { rows.append(statement.columns()) }
        return rows
    }

    /// The row id of the last insert.
    public var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` inside `BEGIN IMMEDIATE ... COMMIT`; rolls back if it throws.
    public func transaction<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The error for a failed call, with SQLite's own message.
    func failure(_ status: Int32) -> SQLiteError {
        SQLiteError(code: status, path: path, detail: String(cString: sqlite3_errmsg(handle)))
    }
}

/// A value bound to a parameter or read from a column.
public enum SQLiteValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
    case null

    public var int: Int? { if case .integer(let value) = self { Int(value) } else { nil } }
    public var string: String? { if case .text(let value) = self { value } else { nil } }
}

/// A prepared statement of a `SQLiteDatabase`, finalised when released.
public final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    init(statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds `values` to the parameters 1, 2, ... in order.
    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .integer(let number): status = sqlite3_bind_int64(statement, index, number)
            case .text(let text): status = sqlite3_bind_text(statement, index, text, -1, Self.transient)
            case .null: status = sqlite3_bind_null(statement, index)
            }
            guard status == SQLITE_OK else { throw database.failure(status) }
        }
    }

    /// Advances; true while there is a row to read.
    public func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(statement)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.failure(status)
        }
    }

    /// The current row's columns.
    public func columns() -> [SQLiteValue] {
        (0..<sqlite3_column_count(statement)).map { index in
            switch sqlite3_column_type(statement, index) {
            case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, index))
            case SQLITE_NULL: .null
            default: .text(sqlite3_column_text(statement, index).map { String(cString: $0) } ?? "")
            }
        }
    }

    /// SQLite copies the text before the call returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
