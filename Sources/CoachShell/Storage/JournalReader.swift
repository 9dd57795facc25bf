import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads saved sessions back: journals (version 2) and the single-file sessions of version 1.
public enum JournalReader {
    /// A saved session as found on disk.
    public struct Found: Sendable, Equatable {
        public var path: String
        public var session: SavedSession
        /// True when the last record was cut off (the program or the disk stopped mid-write):
        /// the session is restored without it, and the owner is told.
        public var torn: Bool
        /// How many bytes of the file hold whole records (a torn tail is cut there on resume).
        public var wholeBytes: Int
    }

    /// The largest session file read back: far beyond any real session (a 20 KB review and a
    /// few hundred answers), small enough to read at once.
    public static let maximumBytes = 16 * 1024 * 1024

    /// The newest saved session in `folder` by the time it started, or nil when there is none.
    /// Never falls back to an older one: a newest session that cannot be read is an error.
    public static func newest(in folder: String) throws -> Found? {
        let names = try listing(of: folder).filter { SessionName.isOwnFile($0) && !$0.hasPrefix(".") }
        guard let name = names.max(by: { order($0) < order($1) }) else { return nil }
        return try read(folder + "/" + name)
    }

    /// Reads one saved session, checking its version.
    public static func read(_ path: String) throws -> Found {
        let bytes = try TextFile.readBytes(path, limit: maximumBytes, what: "saved session")
        let unreadable = ShellError("\(path) is not a saved session this version can read; move it away, or delete it with review-coach forget")
        if bytes.isEmpty {
            throw ShellError("the newest session, \(path), is empty: it could not be saved while it ran (the coach said so then), so there is nothing of it to resume. Delete it with review-coach forget to resume an older one")
        }
        if path.hasSuffix(".json") { return Found(path: path, session: try version1(bytes, unreadable), torn: false, wholeBytes: bytes.count) }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let torn = bytes.last != UInt8(ascii: "\n")
        if lines.last?.isEmpty == true || torn { lines.removeLast() }
        guard let first = lines.first,
              case .object(let header)? = try? JSONLineParser.parse(first),
              case .number(let version)? = header.first(where: { $0.0 == "review-coach-session" })?.1
        else { throw unreadable }
        guard version == "\(SessionJournal.version)" else {
            throw ShellError("\(path) was saved by a version of Review Coach whose format (\(version)) this one cannot read; move it away, or delete it with review-coach forget")
        }
        let explain = header.first(where: { $0.0 == "explain" })?.1 == .bool(true)
        var typed: [String] = []
        for record in lines.dropFirst() {
            switch try? JSONLineParser.parse(record) {
            case .string(let line)?:
                typed.append(line)
            case .object(let members)? where members.count == 1 && members[0].key == "left_out":
                guard case .number(let digits) = members[0].value, let bytes = Int(digits), (0...(1 << 24)).contains(bytes) else { throw unreadable }
                typed.append(JournalLine.leftOut(bytes: bytes).replayText)
            default:
                throw unreadable
            }
        }
        let wholeBytes = (bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        return Found(path: path, session: SavedSession(explain: explain, lines: typed), torn: torn, wholeBytes: wholeBytes)
    }

    /// A version 1 session: one JSON object `{"version":1,"explain":...,"lines":[...]}`.
    static func version1(_ bytes: [UInt8], _ unreadable: ShellError) throws -> SavedSession {
        guard case .object(let members)? = try? JSONLineParser.parse(bytes),
              members.first(where: { $0.0 == "version" })?.1 == .number("1"),
              case .array(let values)? = members.first(where: { $0.0 == "lines" })?.1
        else { throw unreadable }
        var lines: [String] = []
        for value in values {
            guard case .string(let line) = value else { throw unreadable }
            lines.append(line)
        }
        return SavedSession(explain: members.first(where: { $0.0 == "explain" })?.1 == .bool(true), lines: lines)
    }

    /// The names in a folder that is not a link; an absent folder has none.
    static func listing(of folder: String) throws -> [String] {
        if SafeFile.isLink(folder) {
            throw ShellError("\(folder) is a symbolic link; Review Coach keeps its sessions only in a folder of its own. Remove the link")
        }
        guard let directory = opendir(folder) else {
            if errno == ENOENT { return [] }
            throw ShellError("cannot read \(folder): \(String(cString: strerror(errno)))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// When a session started: its date and time, then its process id as a number (two sessions
    /// in the same second sort by pid, `…-9999` before `…-15212`).
    private static func order(_ name: String) -> SessionOrder {
        let stem = name[..<(name.firstIndex(of: ".") ?? name.endIndex)]
        let parts = stem.split(separator: "-")
        return SessionOrder(time: parts.prefix(2).joined(separator: "-"), pid: parts.count > 2 ? Int(parts[2]) ?? 0 : 0)
    }

    private struct SessionOrder: Comparable {
        var time: String
        var pid: Int
        static func < (a: Self, b: Self) -> Bool { (a.time, a.pid) < (b.time, b.pid) }
    }
}
