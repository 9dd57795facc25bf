#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the line history is kept, how long it may grow, or that it is not kept at all.
///
/// The default path is `$XDG_STATE_HOME/review-coach/history`, falling back to
/// `~/.local/state/review-coach/history`. The directory is created 0700 and the file kept 0600:
/// answers can be personal. `--no-history` gives `.disabled`, which reads and writes nothing.
public struct HistoryFile: Sendable, Equatable {
    /// How many entries are kept when no other limit is given.
    public static let defaultLimit = 1000

    /// The history file, or nil when history is disabled.
    public let path: String?
    /// The most entries kept in memory and in the file.
    public let limit: Int

    /// History that reads and writes nothing (`--no-history`).
    public static let disabled = HistoryFile(path: nil, limit: defaultLimit)

    private init(path: String?, limit: Int) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// A history file at an explicit path.
    public init(path: String, limit: Int = HistoryFile.defaultLimit) {
        self.init(path: Optional(path), limit: limit)
    }

    /// The standard location, from `XDG_STATE_HOME` or `HOME`; disabled if `disabled` is set or
    /// neither variable gives an absolute directory.
    public static func standard(
        environment: [String: String] = HistoryFile.processEnvironment(), disabled: Bool = false, name: String = "history"
    ) -> HistoryFile {
        guard !disabled, let path = defaultPath(environment: environment, name: name) else { return .disabled }
        return HistoryFile(path: path)
    }

    /// `$XDG_STATE_HOME/review-coach/NAME`, else `$HOME/.local/state/review-coach/NAME`
    /// (`history` for the chat, `practice-history` for practice).
    /// Relative values are ignored, as the XDG specification asks.
    public static func defaultPath(environment: [String: String], name: String = "history") -> String? {
        StateDirectory.root(environment: environment).map { $0 + "/" + name }
    }

    /// True unless this is `.disabled`.
    public var isEnabled: Bool { path != nil }

    /// Creates the missing directories (0700) and an empty file (0600) if there is none yet,
    /// so that no later write can create it with looser permissions. Returns false on failure.
    @discardableResult
    public func prepare() -> Bool {
        guard let path else { return false }
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard (try? StateDirectory.create(directory)) != nil else { return false }
        _ = chmod(directory, 0o700)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        // A hard link planted at the history's name would let the coach write someone's file.
        guard fstat(descriptor, &status) == 0, status.st_nlink == 1, (status.st_mode & S_IFMT) == S_IFREG else { return false }
        // A new file starts with libedit's cookie line, or libedit would not read it back.
        if fstat(descriptor, &status) == 0, status.st_size == 0 {
            _ = write(descriptor, HistoryEncoding.cookie, HistoryEncoding.cookie.utf8.count)
        }
        return fchmod(descriptor, 0o600) == 0
    }

    /// Sets the file's mode to 0600 again (a library may have rewritten it under the umask).
    @discardableResult
    public func restrictPermissions() -> Bool {
        guard let path else { return false }
        return chmod(path, 0o600) == 0
    }

    /// The environment of this process, read with `environ` (no Foundation needed).
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
