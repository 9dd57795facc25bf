import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit's in-memory history, backed by a `HistoryFile`.
///
/// Saving: after EVERY remembered line (write_history, history_truncate_file, chmod 0600),
/// so a killed process loses nothing; the file is at most `limit` short lines, so this is cheap.
/// libedit has no append_history, so the whole (stifled) history is rewritten each time.
/// When the file is disabled the history still works in memory for Up/Down, but nothing is read
/// or written.
final class EditLineHistory {
    private let file: HistoryFile

    /// Loads the file (if enabled) and bounds the history to `file.limit` entries.
    init(file: HistoryFile) {
        self.file = file
        if let path = file.path, file.prepare() {
            _ = read_history(path)
        }
        stifle_history(Int32(file.limit))
    }

    /// The newest entry, if any.
    var last: String? { LibEditGlobals.newestHistoryEntry }

    /// Adds `line` unless it is blank or repeats the newest entry, then saves.
    func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != last else { return }
        _ = add_history(line)
        save()
    }

    private func save() {
        guard let path = file.path else { return }
        file.prepare()  // keeps the file 0600 even if someone deleted it meanwhile.
        _ = write_history(path)
        _ = history_truncate_file(path, Int32(file.limit))
        file.restrictPermissions()
    }
}
