import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash never leaves half a file: a temporary file beside the target,
/// flushed, then renamed over it. New files are private to the owner (mode 0600).
public enum AtomicFile {
    /// Writes `text` to `path`. Refuses to replace an existing file unless `overwrite` is true.
    public static func write(_ text: String, to path: String, overwrite: Bool, mode: mode_t = 0o600) throws {
        if !overwrite && FileManager.default.fileExists(atPath: path) {
            throw ShellError("\(path) already exists and was left as it is; choose another name")
        }
        let (directory, name) = FilePath.split(path)
        let temporary = directory + "/.\(name).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else {
            throw ShellError("cannot write \(path): \(String(cString: strerror(errno))); check the folder exists and is writable")
        }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw ShellError("cannot write \(path): \(reason)")
            }
            offset += written
        }
        fsync(descriptor)
        fchmod(descriptor, mode)
        close(descriptor)
        if !overwrite {
            // link() fails if the target appeared meanwhile: never replace a file without --force.
            guard link(temporary, path) == 0 else {
                let reason = errno == EEXIST ? "it already exists and was left as it is; choose another name" : String(cString: strerror(errno))
                unlink(temporary)
                throw ShellError("cannot write \(path): \(reason)")
            }
            unlink(temporary)
        } else if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ShellError("cannot write \(path): \(reason)")
        }
    }
}
