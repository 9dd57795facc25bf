import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole text file with an error a person can act on (never a Foundation error dump).
public enum TextFile {
    /// The file's text, decoded as UTF-8 with replacement characters.
    public static func read(_ path: String) throws -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ShellError("cannot read \(path): \(String(cString: strerror(errno))); check the path")
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw ShellError("\(path) is a folder, not a file; give the files in it, e.g. \(path)/*.transcript")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = access(path, R_OK) == 0 ? "it could not be read" : String(cString: strerror(errno))
            throw ShellError("cannot read \(path): \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
