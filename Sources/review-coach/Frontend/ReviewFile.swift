import CoachCore
import CoachShell

/// Reads a review from a file with clear errors: missing file, a folder, too big (checked before
/// reading), UTF-16 without a byte-order mark, invalid UTF-8. The errors are `ShellError`s
/// (exit 1, no usage text): the command was right, the file is not.
enum ReviewFile {
    static func read(_ path: String) throws -> String {
        let limit = Limits().reviewBytes
        let bytes = try TextFile.readBytes(path, limit: limit, what: "review", label: "--review-file \(path)")
        let decoded: (text: String, valid: Bool)
        do { decoded = try TextDecoding.decode(bytes) } catch {
            throw ShellError("--review-file \(path): \(error.description)")
        }
        if !decoded.valid {
            FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach: warning: \(path) is not valid UTF-8; unreadable bytes are shown as \u{FFFD}.") + "\n")
        }
        return decoded.text
    }
}
