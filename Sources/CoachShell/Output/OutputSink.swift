import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the chat loop writes: standard output, standard error, or a buffer in tests.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
}

/// Writes to a file descriptor, unbuffered, retrying short writes.
///
/// Standard output that cannot be written (a full disk, an I/O error) is a failure of the
/// command: it says so on standard error and exits with 1, rather than carrying on as if its
/// output had been delivered. A closed pipe (`head`) ends the program quietly through SIGPIPE.
public final class FileDescriptorSink: OutputSink, @unchecked Sendable {
    let descriptor: Int32
    let exitsOnFailure: Bool
    /// The first write error (`errno`) on a sink that does not exit on failure (a transcript
    /// file), so its owner can report that the file is incomplete. Written from one thread only.
    public private(set) var failure: Int32?

    public convenience init(descriptor: Int32) { self.init(descriptor: descriptor, exitsOnFailure: false) }

    init(descriptor: Int32, exitsOnFailure: Bool) {
        self.descriptor = descriptor
        self.exitsOnFailure = exitsOnFailure
    }

    public static let standardOutput = FileDescriptorSink(descriptor: 1, exitsOnFailure: true)
    public static let standardError = FileDescriptorSink(descriptor: 2)

    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if exitsOnFailure { OutputFailure.exit(reason: errno) }
                if failure == nil { failure = errno }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Collects everything written, for tests and transcript replay.
public final class BufferSink: OutputSink {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

/// The end of a command whose output could not be written.
public enum OutputFailure {
    /// Says why on standard error and exits with 1; a closed pipe exits quietly with 141, as
    /// a program killed by SIGPIPE would.
    public static func exit(reason code: Int32) -> Never {
        if code == EPIPE { Glibc.exit(141) }
        FileDescriptorSink.standardError.write("review-coach: cannot write the output: \(String(cString: strerror(code)))\n")
        Glibc.exit(1)
    }

    /// Flushes the C library's buffered standard output (`print`) and fails the same way when
    /// it could not be written. Registered with `atexit` by the executable.
    public static func flushStandardOutput() {
        errno = 0
        if fflush(nil) != 0 { exit(reason: errno == 0 ? EIO : errno) }
    }
}
