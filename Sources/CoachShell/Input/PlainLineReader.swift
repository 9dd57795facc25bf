#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor (a pipe or a file) with its own buffering.
///
/// It never prints the prompt, so piped output carries no terminal noise. Lines are split on
/// `\n`, a trailing `\r` is stripped (CRLF files), and a final line without a newline is still
/// returned. Bytes that are not valid UTF-8 are decoded with replacement characters and
/// `sawInvalidUTF8` becomes true so the caller can warn once.
public final class PlainLineReader: LineReader {
    /// True once any line read so far contained bytes that are not valid UTF-8.
    public private(set) var sawInvalidUTF8 = false

    private let fileDescriptor: Int32
    private let chunkSize: Int
    /// Bytes read but not yet returned start at `start`; `scanned` marks how far we looked for `\n`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var reachedEnd = false

    /// - Parameters:
    ///   - fileDescriptor: where to read from; standard input by default. It is not closed.
    ///   - chunkSize: how many bytes one read(2) asks for.
    public init(fileDescriptor: Int32 = 0, chunkSize: Int = 64 * 1024) {
        self.fileDescriptor = fileDescriptor
        self.chunkSize = max(1, chunkSize)
    }

    public func readLine(_ request: LineRequest) -> LineReadResult {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = decode(buffer[start..<newline])
                start = newline + 1
                scanned = start
                return .line(line)
            }
            scanned = buffer.count
            if reachedEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = decode(buffer[start...])
                start = buffer.count
                scanned = start
                return .line(line)
            }
            fill()
        }
    }

    /// Reads one more chunk, dropping bytes already returned. Sets `reachedEnd` at EOF or on error.
    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var waiting = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&waiting, 1, -1)
                continue
            }
            reachedEnd = true  // 0 is end of file; any other error ends the input too.
            return
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        sawInvalidUTF8 = true
        return String(decoding: bytes, as: UTF8.self)
    }
}
