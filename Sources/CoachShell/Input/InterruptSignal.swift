#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C (SIGINT) into "cancel this line" instead of "kill the program".
///
/// The handler only sets a flag and writes one byte to a non-blocking "wake-up" pipe (both are
/// async-signal-safe; no longjmp, so Swift's stack is never skipped). `InterruptibleInput`
/// polls standard input AND that pipe, so a Ctrl-C is never missed, even one arriving just
/// before the poll (a plain "flag + EINTR" design loses those: seen in testing under load).
enum InterruptSignal {
    /// `nonisolated(unsafe)` is safe for these statics: the REPL is single-threaded; they are set
    /// up once by `install()` before the handler can run, and afterwards the handler only stores
    /// a `sig_atomic_t` and writes to a descriptor, which the REPL thread reads.
    nonisolated(unsafe) private static var raised: sig_atomic_t = 0
    nonisolated(unsafe) private static var terminating: sig_atomic_t = 0
    nonisolated(unsafe) private static var previousTerminate = sigaction()
    nonisolated(unsafe) private static var previousHangUp = sigaction()
    nonisolated(unsafe) private static var previous = sigaction()
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static var pipeEnds: [Int32] = [-1, -1]
    nonisolated(unsafe) private static var wakeWriteEnd: Int32 = -1

    /// Whether SIGTERM or SIGHUP arrived: the session ends cleanly at once (it is already saved).
    static var terminationRequested: Bool { terminating != 0 }

    /// Whether Ctrl-C arrived since the last `reset()`.
    static var wasRaised: Bool { raised != 0 }

    /// The descriptor that becomes readable when Ctrl-C arrives (-1 before `install()`).
    static var wakeDescriptor: Int32 { pipeEnds[0] }

    /// Forgets an earlier Ctrl-C (e.g. one pressed while the program was busy) and empties the pipe.
    static func reset() {
        raised = 0
        drainWakeDescriptor()
    }

    /// Reads away the wake-up bytes.
    static func drainWakeDescriptor() {
        guard pipeEnds[0] >= 0 else { return }
        var scratch = [UInt8](repeating: 0, count: 64)
        while scratch.withUnsafeMutableBytes({ read(pipeEnds[0], $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Installs the handler, remembering the previous one.
    static func install() {
        guard !installed else { return }
        if pipeEnds[0] < 0, pipe(&pipeEnds) == 0 {
            for end in pipeEnds {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            wakeWriteEnd = pipeEnds[1]
        }
        // One handler for all three: Ctrl-C cancels the line; SIGTERM and SIGHUP end the session
        // cleanly (terminal restored) instead of dying in raw mode. The session is already saved.
        let handler: @convention(c) (Int32) -> Void = { signal in
            if signal == SIGINT { InterruptSignal.raised = 1 } else { InterruptSignal.terminating = 1 }
            var byte = UInt8(truncatingIfNeeded: signal)
            _ = write(InterruptSignal.wakeWriteEnd, &byte, 1)
        }
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocked poll returns EINTR at once.
        if sigaction(SIGINT, &action, &previous) == 0 { installed = true }
        _ = sigaction(SIGTERM, &action, &previousTerminate)
        _ = sigaction(SIGHUP, &action, &previousHangUp)
    }

    /// Puts the previous SIGINT, SIGTERM and SIGHUP dispositions back (the pipe stays for a later `install()`).
    static func uninstall() {
        guard installed else { return }
        _ = sigaction(SIGINT, &previous, nil)
        _ = sigaction(SIGTERM, &previousTerminate, nil)
        _ = sigaction(SIGHUP, &previousHangUp, nil)
        installed = false
    }
}
