import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tab completion for libedit's readline-compatible API: completes the word under the cursor
/// to the words the current prompt accepts (slash commands and answers).
///
/// libedit calls plain C function pointers, which cannot capture Swift state, so the words live
/// in statics. `nonisolated(unsafe)` is safe here: the REPL is single-threaded, the words are
/// set by `readLine` on that thread just before `readline()` is called, and libedit only calls
/// the callbacks from inside that same `readline()` call, on the same thread.
enum TabCompletion {
    /// The words Tab may complete to, for the line being read now.
    nonisolated(unsafe) static var words: [String] = []
    /// The matches for the word being completed, handed out one by one to libedit.
    nonisolated(unsafe) private static var matches: [String] = []
    nonisolated(unsafe) private static var nextMatch = 0

    /// Points libedit at our completion function and turns off the trailing space.
    static func install() {
        LibEditGlobals.setCompletion({ text, _, _ in
            LibEditGlobals.markCompletionOver()  // never fall back to file names.
            guard let text else { return nil }
            return rl_completion_matches(text) { prefix, state in
                TabCompletion.match(prefix: prefix, state: state)
            }
        }, appending: 0)
    }

    /// The readline generator protocol: state 0 starts a new search; each call returns the next
    /// match as a malloc'd C string (libedit frees it), or NULL when there are no more.
    private static func match(prefix: UnsafePointer<CChar>?, state: Int32) -> UnsafeMutablePointer<CChar>? {
        if state == 0 {
            let typed = prefix.map { String(cString: $0) } ?? ""
            matches = candidates(for: typed, in: words)
            nextMatch = 0
        }
        guard nextMatch < matches.count else { return nil }
        defer { nextMatch += 1 }
        return strdup(matches[nextMatch])
    }

    /// The words starting with `typed`, in the caller's order, without duplicates. A command is
    /// offered only once "/" is typed, so Tab on an empty line never inserts one into text.
    static func candidates(for typed: String, in words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter {
            $0.hasPrefix(typed) && (typed.hasPrefix("/") || !$0.hasPrefix("/")) && seen.insert($0).inserted
        }
    }
}
