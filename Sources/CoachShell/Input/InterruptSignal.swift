#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C (SIGINT) into "cancel this line" instead of "kill the program".
///
/// The handler only sets a flag, and is installed WITHOUT `SA_RESTART`: the `read(2)` inside
/// libedit's `readline()` then fails with EINTR, libedit gives up on the line, restores the
/// terminal and `readline()` returns NULL. NULL with the flag set means "interrupted"; NULL
/// without it means end of input. No longjmp, so Swift's stack is never skipped.
enum InterruptSignal {
    /// Set by the signal handler, cleared by `reset()` before each line.
    /// `nonisolated(unsafe)` is safe here: the REPL is single-threaded; the handler only stores a
    /// `sig_atomic_t`, and the REPL thread reads it only after `readline()` (an opaque C call)
    /// has returned, so the compiler must reload it.
    nonisolated(unsafe) private static var raised: sig_atomic_t = 0
    nonisolated(unsafe) private static var previous = sigaction()
    nonisolated(unsafe) private static var installed = false

    /// Whether Ctrl-C arrived since the last `reset()`.
    static var wasRaised: Bool { raised != 0 }

    /// Forgets an earlier Ctrl-C (e.g. one pressed while the program was busy).
    static func reset() { raised = 0 }

    /// Installs the flag-setting handler, remembering the previous one.
    static func install() {
        guard !installed else { return }
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.raised = 1 }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptSignal.raised = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // deliberately no SA_RESTART: the blocked read must return EINTR.
        if sigaction(SIGINT, &action, &previous) == 0 { installed = true }
    }

    /// Puts the previous SIGINT disposition back.
    static func uninstall() {
        guard installed else { return }
        _ = sigaction(SIGINT, &previous, nil)
        installed = false
    }
}
