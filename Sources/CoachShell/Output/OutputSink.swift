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
public final class FileDescriptorSink: OutputSink, Sendable {
    let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static let standardOutput = FileDescriptorSink(descriptor: 1)
    public static let standardError = FileDescriptorSink(descriptor: 2)

    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
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
