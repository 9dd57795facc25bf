import ArgumentParser
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach forget`: deletes saved sessions and line history.
struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Delete your saved sessions, line history and profile.",
        discussion: """
            Removes everything Review Coach keeps under $XDG_STATE_HOME/review-coach (default \
            ~/.local/state/review-coach): saved sessions (so resume has nothing to carry on), \
            line history and the owner profile. Reports you saved elsewhere with /save are yours to keep or delete.

            Exit codes: 0 done (also when there was nothing to forget); 1 a file could not be \
            removed (the reason is printed).

            Example:
              review-coach forget
            """
    )

    func run() throws {
        let state = StateDirectory()
        var removed = 0
        let manager = FileManager.default
        if let names = try? manager.contentsOfDirectory(atPath: state.sessionsFolder) {
            for name in names where name.hasSuffix(".json") || name.hasSuffix(".tmp") {
                try manager.removeItem(atPath: state.sessionsFolder + "/" + name)
                removed += 1
            }
        }
        for file in [state.historyFile, ProfileStore.path(in: state)] where manager.fileExists(atPath: file) {
            try manager.removeItem(atPath: file)
            removed += 1
        }
        print(removed == 0 ? "Nothing to forget in \(state.path)." : "Forgot \(removed) file(s) in \(state.path).")
    }
}
