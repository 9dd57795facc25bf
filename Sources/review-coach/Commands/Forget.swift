import ArgumentParser
import CoachCore
import CoachShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach forget`: deletes saved sessions, line history, the profile and trainees' progress.
struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Delete your saved sessions, line history, profile and trainees' progress.",
        discussion: """
            Removes everything Review Coach keeps under $XDG_STATE_HOME/review-coach (default \
            ~/.local/state/review-coach): saved sessions (so resume has nothing to carry on) and \
            line histories, the owner profile, and the trainees' progress kept by practice --name \
            (progress.sqlite). Only files the coach wrote itself are removed; a symbolic link is \
            removed as a link, never followed. Reports you saved elsewhere with /save are yours \
            to keep or delete.

            Exit codes: 0 done (also when there was nothing to forget); 1 some file could not be \
            removed (each one is named on its own line, and the rest are still removed).

            Example:
              review-coach forget
            """
    )

    func run() throws {
        let state = StateDirectory()
        let outcome = StateCleaner(state: state).forget()
        for failure in outcome.failures {
            FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach forget: \(failure)") + "\n")
        }
        print(UntrustedText.terminal(outcome.removed == 0 ? "Nothing to forget in \(state.path)." : "Forgot \(outcome.removed) file(s) in \(state.path)."))
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }
}
