import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit's in-memory history, backed by a `HistoryFile`.
///
/// Saving: each remembered line is appended to the file with one `write` (`O_APPEND`, never
/// through a link), so a killed process loses nothing and two sessions at once both keep their
/// lines. When the file has grown to twice its limit it is rewritten with the newest `limit`
/// entries through the safe-write routine. A history file that is a symbolic link is neither
/// read nor written (the owner is told once). When the file is disabled the history still works
/// in memory for Up/Down, but nothing is read or written.
final class EditLineHistory {
    private let file: HistoryFile
    /// Whether the file may be used this session (enabled, and not a link).
    private let usable: Bool
    /// Entries in the file, counted to know when to compact it.
    private var entriesInFile = 0

    /// Loads the file (if enabled) and bounds the history to `file.limit` entries.
    init(file: HistoryFile) {
        self.file = file
        var usable = false
        if let path = file.path {
            if SafeFile.isLink(path) || SafeFile.isLink(FilePath.split(path).directory) {
                FileDescriptorSink.standardError.write("review-coach: \(path) is a symbolic link; line history is not kept this session. Remove the link to keep it again.\n")
            } else if file.prepare() {
                usable = true
                _ = read_history(path)
                entriesInFile = Int(LibEditGlobals.historyCount)
            }
        }
        self.usable = usable
        stifle_history(Int32(file.limit))
    }

    /// The newest entry, if any.
    var last: String? { LibEditGlobals.newestHistoryEntry }

    /// Adds `line` unless it is blank or repeats the newest entry, then saves it.
    func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != last else { return }
        _ = add_history(line)
        guard usable, let path = file.path else { return }
        if entriesInFile >= 2 * file.limit {
            compact(path)
        } else if append(HistoryEncoding.entry(line), to: path) {
            entriesInFile += 1
        }
    }

    /// Appends one encoded entry; false when the file could not be written (history then stays
    /// in memory only).
    private func append(_ text: String, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }

    /// Rewrites the file with the newest `limit` entries (libedit's format), safely.
    private func compact(_ path: String) {
        let entries = LibEditGlobals.historyEntries
        var text = HistoryEncoding.cookie
        for entry in entries { text += HistoryEncoding.entry(entry) }
        if (try? SafeFile.write(text, to: path, overwrite: true)) != nil { entriesInFile = entries.count }
    }
}

/// libedit's history file format: a cookie line, then one entry a line with white space and
/// anything outside printable ASCII written as `\ooo` (what `strunvis` reads back).
enum HistoryEncoding {
    static let cookie = "_HiStOrY_V2_\n"

    static func entry(_ line: String) -> String {
        var encoded = ""
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): encoded += "\\\\"
            case 0x21...0x7E: encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let octal = String(byte, radix: 8)
                encoded += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return encoded + "\n"
    }
}
