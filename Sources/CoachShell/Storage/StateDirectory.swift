import Foundation

/// Where Review Coach keeps its files: `$XDG_STATE_HOME/review-coach`, by default
/// `~/.local/state/review-coach`. Folders are created private to the owner (0700).
public struct StateDirectory: Sendable {
    public let path: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        path = Self.root(environment: environment) ?? (NSHomeDirectory() + "/.local/state/review-coach")
    }

    /// `$XDG_STATE_HOME/review-coach`, else `$HOME/.local/state/review-coach`; relative values
    /// are ignored, as the XDG specification asks. Nil when neither gives an absolute folder.
    public static func root(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/review-coach" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/state/review-coach" }
        return nil
    }

    public var historyFile: String { path + "/history" }
    public var sessionsFolder: String { path + "/sessions" }

    /// Creates a folder and its parents, 0700, if missing.
    public static func create(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ShellError("cannot create \(folder): \(error.localizedDescription); set XDG_STATE_HOME to a writable folder, or use --incognito")
        }
    }
}
