import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program running under a fresh pseudo-terminal, driven like a person at a keyboard.
///
/// The child gets the pty slave as standard input, output and error, in a new session with the
/// slave as its controlling terminal, so Ctrl-C (byte 0x03) really sends SIGINT to it and
/// `isatty` is true even when the tests themselves run with no terminal (CI). It is started with
/// `posix_spawn` (fork is unsafe in a multithreaded Swift process).
///
/// Output is collected as raw bytes, escape sequences included. `waitFor` searches only the
/// output after the previous match, so the same text can be awaited twice in a row.
final class PseudoTerminal {
    /// A harness failure, carrying what the terminal showed so the test log explains itself.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The child's process id.
    let processID: pid_t
    /// Everything the child wrote so far.
    private(set) var output: [UInt8] = []
    private let master: Int32
    /// Our own handle on the slave: keeps the terminal alive until we are done, so reading the
    /// master never fails with EIO before the child has opened it or after it has exited.
    private let slave: Int32
    private var searchStart = 0
    private var exitCode: Int32?

    /// Changes the window size, as dragging a terminal's corner does: the child gets SIGWINCH.
    func resize(columns: UInt16, rows: UInt16 = 24) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Starts `executable` under a new pseudo-terminal of `columns` x `rows`.
    /// - Parameter environment: the child's complete environment (see `environment(adding:)`).
    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        columns: UInt16 = 80, rows: UInt16 = 24
    ) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw Failure(description: "no executable at \(executable); run `swift build` first")
        }
        master = PseudoTerminalCalls.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, PseudoTerminalCalls.grant(master) == 0, PseudoTerminalCalls.unlock(master) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        guard let slavePath = PseudoTerminalCalls.slavePath(master) else {
            close(master)
            throw Failure(description: "ptsname failed")
        }
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened in the child AFTER setsid and without O_NOCTTY: it becomes the controlling tty.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(
            &attributes, Int16(PseudoTerminalCalls.spawnSetSessionID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            close(slave)
            throw Failure(description: "posix_spawn \(executable) failed: \(String(cString: strerror(status)))")
        }
        processID = pid
    }

    deinit {
        terminate()
        close(master)
        close(slave)
    }

    /// This process's environment with `changes` applied (nil removes a variable).
    static func environment(adding changes: [String: String?]) -> [String: String] {
        var result = ProcessInfo.processInfo.environment
        for (name, value) in changes { result[name] = value }
        return result
    }

    /// Everything the child wrote so far, decoded leniently.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Types `keys` (UTF-8). Use "\r" for Enter, "\u{3}" Ctrl-C, "\u{4}" Ctrl-D, "\u{7f}"
    /// Backspace, "\t" Tab, "\u{1b}[A" Up. Keeps reading output meanwhile, so long input never
    /// deadlocks against a child blocked on echoing it.
    func send(_ keys: String, timeout: Double = 10) throws {
        var pending = Array(keys.utf8)[...]
        let deadline = Date().addingTimeInterval(timeout)
        while !pending.isEmpty {
            let written = pending.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                pending = pending.dropFirst(written)
                continue
            }
            guard written < 0, errno == EAGAIN || errno == EINTR else {
                throw Failure(description: "writing to the terminal failed: \(String(cString: strerror(errno)))\n\(shown)")
            }
            guard Date() < deadline else { throw Failure(description: "typing timed out\n\(shown)") }
            pump(milliseconds: 20, wantWrite: true)
        }
    }

    /// Waits until `expected` appears in output not yet matched, and returns the output up to and
    /// including it. Throws, showing everything seen, if it does not appear within `timeout`.
    @discardableResult
    func waitFor(_ expected: String, timeout: Double = 10) throws -> String {
        let needle = Array(expected.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = find(needle) {
                let seen = String(decoding: output[searchStart..<range.upperBound], as: UTF8.self)
                searchStart = range.upperBound
                return seen
            }
            let exited = reap() != nil  // checked before the last read, so no output is missed.
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, !exited || pump(milliseconds: 0) else {
                let why = exited ? "before the process exited" : "within \(timeout)s"
                throw Failure(description: "did not see \(expected.debugDescription) \(why)\n\(shown)")
            }
            pump(milliseconds: Int32(min(remaining, 0.1) * 1000))
        }
    }

    /// Waits for the child to exit and returns its exit code (128 + signal if a signal killed it).
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let code = reap() { return code }
            guard Date() < deadline else {
                throw Failure(description: "process still running after \(timeout)s\n\(shown)")
            }
            pump(milliseconds: 20)
        }
    }

    /// True while the child has not exited.
    var isRunning: Bool { reap() == nil }

    /// The terminal's current settings, as the child sees them (Linux: the master reports the slave's).
    func terminalSettings() -> termios? {
        var settings = termios()
        return tcgetattr(master, &settings) == 0 ? settings : nil
    }

    /// Waits for `prompt` and then for the line editor to take the keyboard: after this, keys
    /// typed reach the editor (see `waitForRawMode`).
    func waitForPrompt(_ prompt: String, timeout: Double = 10) throws {
        try waitFor(prompt, timeout: timeout)
        try waitForRawMode(timeout: timeout)
    }

    /// Waits until the child has put the terminal in raw (non-canonical) mode, i.e. a line editor
    /// is really reading keys. Call it after seeing a prompt, before typing: libedit prints the
    /// prompt BEFORE switching to raw mode, and keys arriving in that gap are echoed twice by the
    /// kernel, and a Ctrl-D there is eaten as the cooked-mode end-of-file character.
    func waitForRawMode(timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let settings = terminalSettings(), settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            guard isRunning, Date() < deadline else {
                throw Failure(description: "terminal never left canonical mode within \(timeout)s\n\(shown)")
            }
            pump(milliseconds: 5)
        }
    }

    /// Kills the child if it is still running and reaps it.
    func terminate() {
        guard reap() == nil else { return }
        kill(processID, SIGKILL)
        while reap() == nil { usleep(1000) }
    }

    // MARK: - Internals

    /// The last part of the output, printable, for failure messages.
    private var shown: String {
        let tail = String(decoding: output.suffix(4000), as: UTF8.self)
        let status = exitCode.map { "exited with \($0)" } ?? "still running"
        return "--- terminal output (\(status)), escaped ---\n\(tail.debugDescription)"
    }

    private func find(_ needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty else { return searchStart..<searchStart }
        guard output.count - searchStart >= needle.count else { return nil }
        for start in searchStart...(output.count - needle.count)
        where output[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    /// Reads whatever output arrives within `milliseconds`; returns true if there was any.
    @discardableResult
    private func pump(milliseconds: Int32, wantWrite: Bool = false) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN) | (wantWrite ? Int16(POLLOUT) : 0), revents: 0)
        guard poll(&descriptor, 1, max(0, milliseconds)) > 0 else { return false }
        var gotSome = false
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 { output.append(contentsOf: chunk[..<count]); gotSome = true; continue }
            if count < 0 && errno == EINTR { continue }
            break  // EAGAIN: nothing more for now.
        }
        return gotSome
    }

    /// The exit code if the child has exited (reaping it once).
    private func reap() -> Int32? {
        if let exitCode { return exitCode }
        var status: Int32 = 0
        guard waitpid(processID, &status, WNOHANG) == processID else { return nil }
        let signal = status & 0x7f
        exitCode = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return exitCode
    }
}
