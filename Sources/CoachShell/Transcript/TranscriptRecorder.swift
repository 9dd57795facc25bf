import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a live session to a new transcript file as it happens (so a killed session still
/// leaves what was said), with a header to fill in and the exit line at the end.
public final class TranscriptRecorder {
    public let sink: FileDescriptorSink
    let path: String

    /// Creates the file (mode 0600); refuses to replace an existing one.
    public init(path: String, arguments: [String]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists and was left as it is; choose another name" : String(cString: strerror(errno))
            throw ShellError("--record \(path): \(reason)")
        }
        self.path = path
        self.sink = FileDescriptorSink(descriptor: descriptor)
        var header = "# Title: (recorded session: say what it shows)\n# Shows: \n"
        if !arguments.isEmpty { header += "# args: " + arguments.joined(separator: " ") + "\n" }
        sink.write(header)
    }

    /// Writes the exit line, syncs and closes the file. Returns why the transcript is incomplete
    /// (a full disk, a size limit), or nil when all of it was written.
    @discardableResult
    public func finish(exitCode: Int32) -> String? {
        sink.write("[exit \(exitCode)]\n")
        var failure = sink.failure
        if failure == nil && fsync(sink.descriptor) != 0 && errno != EINVAL { failure = errno }
        if close(sink.descriptor) != 0 && failure == nil { failure = errno }
        return failure.map { "--record \(path) is incomplete: \(String(cString: strerror($0)))" }
    }
}
