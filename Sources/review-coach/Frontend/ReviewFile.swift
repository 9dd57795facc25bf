import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a review from a file with clear errors: missing file, too big, invalid UTF-8.
enum ReviewFile {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file; check the path and that you may read it.")
        }
        let limit = Limits().reviewBytes
        guard data.count <= limit else {
            throw ValidationError("\(path) is \(data.count) bytes; a review may be at most \(limit) bytes. Check that the file holds only the review.")
        }
        let text = String(decoding: data, as: UTF8.self)
        if String(data: data, encoding: .utf8) == nil {
            FileDescriptorSink.standardError.write("review-coach: warning: \(path) is not valid UTF-8; unreadable bytes are shown as \u{FFFD}.\n")
        }
        return text
    }
}
