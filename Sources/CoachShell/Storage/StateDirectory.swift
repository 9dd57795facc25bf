import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where Review Coach keeps its files: `$XDG_STATE_HOME/review-coach`, by default
/// `~/.local/state/review-coach`. Folders are created private to the owner (0700).
public struct StateDirectory: Sendable {
    public let path: String

    public init(environment: [String: String] = Environment.current()) {
        path = Self.root(environment: environment) ?? (Self.homeFromPasswordFile() + "/.local/state/review-coach")
    }

    /// `$XDG_STATE_HOME/review-coach`, else `$HOME/.local/state/review-coach`; relative values
    /// are ignored, as the XDG specification asks. Nil when neither gives an absolute folder.
    public static func root(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/review-coach" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/state/review-coach" }
        return nil
    }

    /// The home folder from the user database, for when HOME is unset or relative.
    static func homeFromPasswordFile() -> String {
        guard let entry = getpwuid(getuid()), let home = entry.pointee.pw_dir else { return "/tmp" }
        return String(cString: home)
    }

    public var historyFile: String { path + "/history" }
    /// Practice keeps a history of its own, so a trainee's answers never show up in the chat.
    public var practiceHistoryFile: String { path + "/practice-history" }
    /// Every history file the coach writes, for `forget`.
    public var historyFiles: [String] { [historyFile, practiceHistoryFile] }
    public var sessionsFolder: String { path + "/sessions" }

    /// Creates `folder` (this state folder or one inside it) and its parents, 0700, if missing.
    /// Refuses a symbolic link anywhere from the state folder down, before creating anything, so
    /// nothing is made, or later written, behind a link.
    public func create(_ folder: String) throws {
        var prefix = path
        for component in folder.dropFirst(path.count).split(separator: "/") {
            try Self.refuseLink(prefix)
            prefix += "/" + component
        }
        try Self.create(folder)
    }

    /// Creates a folder and its parents, 0700, if missing; refuses a folder that is a symbolic link.
    public static func create(_ folder: String) throws {
        var path = ""
        for component in folder.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw ShellError("cannot create \(folder): \(reason); set XDG_STATE_HOME to a writable folder, or use --incognito")
            }
        }
        try refuseLink(folder)
        var status = stat()
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw ShellError("cannot create \(folder): something that is not a folder is in the way; set XDG_STATE_HOME to a writable folder, or use --incognito")
        }
    }

    private static func refuseLink(_ folder: String) throws {
        if SafeFile.isLink(folder) {
            throw ShellError("\(folder) is a symbolic link; Review Coach keeps its files only in a folder of its own. Remove the link, set XDG_STATE_HOME to another folder, or use --incognito")
        }
    }
}
