import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text file with a size limit checked before reading (by `fstat`) and kept while
/// reading, with an error a person can act on (never a Foundation error dump).
public enum TextFile {
    /// The largest transcript `replay` reads: the longest golden transcript is about 10 KB.
    public static let transcriptLimit = 1024 * 1024
    /// The largest prompt file `--prompts` reads: all of prompts/ together is about 100 KB.
    public static let promptLimit = 1024 * 1024

    /// The file's text, decoded (UTF-8, or UTF-16 with a byte-order mark); refused when it is
    /// over `limit` bytes. `what` names the file in errors ("transcript"); `oneOfMany` says the
    /// command takes several files, so a folder's error suggests giving its files.
    public static func read(_ path: String, limit: Int, what: String, regularOnly: Bool = false, oneOfMany: Bool = false) throws -> String {
        let bytes = try readBytes(path, limit: limit, what: what, regularOnly: regularOnly, oneOfMany: oneOfMany)
        do { return try TextDecoding.decode(bytes).text } catch {
            throw ShellError("\(path): \(error.description)")
        }
    }

    /// The file's bytes, at most `limit` of them: a larger file is refused before it is read.
    /// Errors name the file as `label` (the option that gave it, e.g. `--review-file F`).
    /// With `regularOnly`, anything but a plain file (a FIFO, a device) is refused without
    /// waiting on it.
    public static func readBytes(_ path: String, limit: Int, what: String, label: String? = nil, regularOnly: Bool = false,
                                 oneOfMany: Bool = false) throws -> [UInt8] {
        let shown = label ?? path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            throw ShellError("cannot read \(shown): \(String(cString: strerror(errno))); check the path")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ShellError("cannot read \(shown): \(String(cString: strerror(errno)))")
        }
        if regularOnly && (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFDIR {
            throw ShellError("\(shown) is not a plain file (a pipe or a device?); give a text file")
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw ShellError("\(shown) is a folder, not a file; give a \(what) file" + (oneOfMany ? " (for every one in it: \(path)/*)" : ""))
        }
        if (status.st_mode & S_IFMT) == S_IFREG && Int(status.st_size) > limit {
            throw tooBig(shown, size: "\(status.st_size) bytes", limit: limit, what: what)
        }
        let bytes: [UInt8]
        do { bytes = try BoundedInput.read(descriptor, limit: limit) } catch {
            throw ShellError("cannot read \(shown): \(String(cString: strerror(error.rawValue)))")
        }
        // A file that grew, or a pipe or device with no size, is held to the same limit.
        if bytes.count > limit { throw tooBig(shown, size: "over \(limit) bytes", limit: limit, what: what) }
        return bytes
    }

    private static func tooBig(_ path: String, size: String, limit: Int, what: String) -> ShellError {
        ShellError("\(path) is \(size); a \(what) may be at most \(limit) bytes. Check that it is the right file")
    }
}

/// Bounded reading from a descriptor: never more than one byte past the limit is kept, so a
/// huge file or an endless device costs no memory.
public enum BoundedInput {
    /// Reads until the end or until `limit + 1` bytes are in; the caller tells "over the limit"
    /// by the count. Throws the system's error.
    public static func read(_ descriptor: Int32, limit: Int) throws(Errno) -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= limit {
            let wanted = min(chunk.count, limit + 1 - data.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Errno(rawValue: errno)
            }
            if count == 0 { break }
            data.append(contentsOf: chunk[0..<count])
        }
        return data
    }
}
