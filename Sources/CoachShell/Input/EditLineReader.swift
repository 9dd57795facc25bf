import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line reader for a person at a terminal: libedit's `readline()` with history, Tab
/// completion, UTF-8 editing, and Ctrl-C that cancels the line instead of the program.
///
/// Use it only when `isInteractive` is true, and create one at a time: libedit's readline
/// API is process-global state. Call `close()` (or let it deinit) before exiting so the terminal
/// settings and the SIGINT handler are put back.
public final class EditLineReader: LineReader {
    /// True when both standard input and standard output are terminals.
    public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    private let history: EditLineHistory
    private let terminal: TerminalMode
    private var closed = false

    /// Sets up libedit. `historyFile` may be `.disabled` (`--no-history`).
    public init(historyFile: HistoryFile) {
        // Before libedit starts: with the "C" locale it would edit UTF-8 byte by byte.
        setlocale(LC_CTYPE, "")
        terminal = TerminalMode(fileDescriptor: 0)
        // libedit's own handlers would re-raise SIGINT with the default action (kill us);
        // ours sets a flag and wakes the key reader. See InterruptSignal.
        LibEditGlobals.setCatchSignals(false)
        // Our key reader, so Ctrl-C is seen even between two reads (see InterruptibleInput).
        LibEditGlobals.setGetCharacter(InterruptibleInput.getCharacter)
        _ = rl_initialize()
        TabCompletion.install()
        InterruptSignal.install()
        history = EditLineHistory(file: historyFile)
    }

    deinit { close() }

    public func readLine(_ request: LineRequest) -> LineReadResult {
        TabCompletion.words = request.completions
        InterruptSignal.reset()
        let raw = readline(request.prompt)
        defer { free(raw) }
        // On Ctrl-C libedit may hand back the half-typed text (our key reader said "end of
        // input"): the flag, not the pointer, decides.
        if InterruptSignal.terminationRequested || InterruptSignal.wasRaised || raw == nil {
            terminal.restore()
            Self.writeOut("\n")  // libedit leaves the cursor after the prompt or the cancelled text.
            if InterruptSignal.terminationRequested { return .endOfInput }
            return InterruptSignal.wasRaised ? .interrupted : .endOfInput
        }
        guard let raw else { return .endOfInput }
        return .line(String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self))
    }

    public func remember(_ line: String) {
        history.add(line)
    }

    /// Restores the terminal settings and the previous SIGINT handler. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        terminal.restore()
        InterruptSignal.uninstall()
    }

    private static func writeOut(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = write(1, bytes.baseAddress, bytes.count) }
    }
}
