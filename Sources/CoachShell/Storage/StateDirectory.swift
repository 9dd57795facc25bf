import Foundation

/// Where Review Coach keeps its files: `$XDG_STATE_HOME/review-coach`, by default
/// `~/.local/state/review-coach`. Folders are created private to the owner (0700).
public struct StateDirectory: Sendable {
    public let path: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        path = base + "/review-coach"
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
