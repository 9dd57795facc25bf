// libedit's readline API keeps its settings in plain C global variables (rl_catch_signals,
// history_length, ...). Swift 6 rejects any use of an imported mutable C global as "not
// concurrency-safe". This file is the ONLY place that touches them, and it does so through a
// `@preconcurrency` import, which accepts them. That is sound here because the REPL is
// single-threaded: every access happens on the thread that calls `readline()`.
@preconcurrency import CEditLine

/// Typed access to the few libedit globals the line editor needs.
enum LibEditGlobals {
    /// The readline completion hook: `char **f(const char *text, int start, int end)`.
    typealias CompletionFunction = @convention(c) (
        UnsafePointer<CChar>?, Int32, Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// Whether libedit installs its own signal handlers during `readline()`.
    static func setCatchSignals(_ on: Bool) { rl_catch_signals = on ? 1 : 0 }

    /// Sets the function libedit reads keys with. Must be called BEFORE `rl_initialize()`:
    /// libedit looks at it only there.
    static func setGetCharacter(_ function: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32) {
        rl_getc_function = function
    }

    /// Installs the completion hook and the character appended after a unique match (0: none).
    static func setCompletion(_ function: CompletionFunction, appending character: Int32) {
        rl_attempted_completion_function = function
        rl_completion_append_character = character
    }

    /// Stops libedit from falling back to file-name completion; call inside the hook.
    static func markCompletionOver() { rl_attempted_completion_over = 1 }

    /// The text of the newest history entry, if any.
    static var newestHistoryEntry: String? {
        guard history_length > 0, let entry = history_get(history_base + history_length - 1),
              let text = entry.pointee.line else { return nil }
        return String(cString: text)
    }

    /// How many entries the history holds.
    static var historyCount: Int32 { history_length }

    /// Every history entry, oldest first.
    static var historyEntries: [String] {
        (0..<history_length).compactMap { offset in
            history_get(history_base + offset)?.pointee.line.map { String(cString: $0) }
        }
    }
}
