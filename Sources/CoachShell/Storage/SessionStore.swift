import CoachCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is saved of a session: the options and every line the owner typed. The coach is
/// deterministic, so replaying the lines rebuilds the exact state, `/back` history included.
public struct SavedSession: Codable, Sendable, Equatable {
    public var version = 1
    public var explain: Bool
    public var lines: [String]

    public init(explain: Bool, lines: [String]) {
        self.explain = explain
        self.lines = lines
    }

    /// The session the lines lead to.
    public func rebuild(with coach: Coach) -> Session {
        var session = Session(state: InterviewState(explain: explain))
        for line in lines { session = coach.step(session, line).0 }
        return session
    }
}

/// Saves the session after every line (temporary file, flush, rename), so a killed process
/// loses nothing; `review-coach resume` picks the newest.
public final class SessionStore {
    public let folder: String
    let file: String

    /// A store writing a new session file in `folder`.
    public init(folder: String, name: String) throws {
        try StateDirectory.create(folder)
        self.folder = folder
        self.file = folder + "/" + name + ".json"
    }

    /// A file name that sorts by time: `20261123-070412-4242` (UTC). Formatted by hand with
    /// `gmtime_r`: a DateFormatter would load ICU's locale and time-zone data before the first
    /// prompt, the largest cost in start-up time.
    public static func newName(now: time_t = time(nil), pid: Int32 = getpid()) -> String {
        var seconds = now
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))"
        return date + "-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))-\(pid)"
    }

    public func save(_ saved: SavedSession) throws {
        let data = try JSONEncoder().encode(saved)
        try AtomicFile.write(String(decoding: data, as: UTF8.self), to: file, overwrite: true)
    }

    /// The newest saved session in a folder, with its path.
    public static func newest(in folder: String) throws -> (path: String, session: SavedSession)? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        guard let name = names.last else { return nil }
        let path = folder + "/" + name
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            return (path, try JSONDecoder().decode(SavedSession.self, from: data))
        } catch {
            throw ShellError("\(path) is not a saved session this version can read; move it away, or delete it with review-coach forget")
        }
    }
}
