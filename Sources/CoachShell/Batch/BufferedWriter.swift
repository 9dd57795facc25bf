import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects output bytes and writes them to a file descriptor with write(2) once 64 KB have
/// gathered, and on `flush()`. Retries short and interrupted writes.
public final class BufferedWriter {
    public let descriptor: Int32
    public let capacity: Int
    private var buffer: [UInt8]
    /// The reason the last write failed (for example a closed pipe), if one did; later output is dropped.
    public private(set) var failure: String?

    public init(descriptor: Int32, capacity: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer = []
        buffer.reserveCapacity(capacity + 4096)
    }

    /// Adds bytes, writing out when the buffer is full.
    public func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    /// Adds one byte.
    public func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= capacity { flush() }
    }

    /// Adds text as UTF-8.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes out everything buffered.
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            offset += written
        }
    }
}
