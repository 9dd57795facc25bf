import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a review from a file with clear errors: missing file, a folder, too big, invalid UTF-8.
/// The errors are `ShellError`s (exit 1, no usage text): the command was right, the file is not.
enum ReviewFile {
    static func read(_ path: String) throws -> String {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw ShellError("--review-file \(path) is a folder; give the text file that holds the review.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = access(path, R_OK) == 0 ? "cannot read it" : String(cString: strerror(errno))
            throw ShellError("--review-file \(path): \(reason); check the path and that you may read the file.")
        }
        let limit = Limits().reviewBytes
        guard data.count <= limit else {
            throw ShellError("--review-file \(path) is \(data.count) bytes; a review may be at most \(limit) bytes. Check that the file holds only the review.")
        }
        let text = String(decoding: data, as: UTF8.self)
        if String(data: data, encoding: .utf8) == nil {
            FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach: warning: \(path) is not valid UTF-8; unreadable bytes are shown as \u{FFFD}.") + "\n")
        }
        return text
    }
}
