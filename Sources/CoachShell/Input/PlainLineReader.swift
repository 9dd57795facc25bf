#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor (a pipe or a file) with its own buffering.
///
/// It never prints the prompt, so piped output carries no terminal noise. Lines end at `\n`,
/// `\r\n` or a lone `\r` (old Mac files), and a final line without a newline is still
/// returned. A line longer than `maxLineBytes` is read past and dropped (`.tooLong`): memory
/// stays bounded whatever comes in (`/dev/zero` included). Bytes that are not valid UTF-8 are
/// decoded with replacement characters and `sawInvalidUTF8` becomes true so the caller can warn.
public final class PlainLineReader: LineReader {
    /// The longest line kept by default: a whole review (20,000 bytes) may come as one line.
    public static let defaultMaxLineBytes = 20_000

    /// True once any line read so far contained bytes that are not valid UTF-8.
    public private(set) var sawInvalidUTF8 = false
    /// True once one line ran on past `skipLimitLines` limits and the rest of the input was given up.
    public private(set) var abandonedInput = false

    private let fileDescriptor: Int32
    private let chunkSize: Int
    private let maxLineBytes: Int
    /// Bytes read but not yet returned start at `start`; `scanned` marks how far we looked for a line end.
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var reachedEnd = false
    /// The last line ended with `\r`: a `\n` right after it belongs to the same line end.
    private var afterCarriageReturn = false

    /// - Parameters:
    ///   - fileDescriptor: where to read from; standard input by default. It is not closed.
    ///   - chunkSize: how many bytes one read(2) asks for.
    ///   - maxLineBytes: the longest line returned; longer ones give `.tooLong`.
    public init(fileDescriptor: Int32 = 0, chunkSize: Int = 64 * 1024, maxLineBytes: Int = PlainLineReader.defaultMaxLineBytes) {
        self.fileDescriptor = fileDescriptor
        self.chunkSize = max(1, chunkSize)
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// How many line limits' worth of one endless line are read past before the input is given up.
    static let skipLimitLines = 64

    public func readLine(_ request: LineRequest) -> LineReadResult {
        var tooLong = false
        var skipped = 0
        while true {
            if afterCarriageReturn, start < buffer.count {
                afterCarriageReturn = false
                if buffer[start] == UInt8(ascii: "\n") { start += 1; scanned = max(scanned, start) }
            }
            if afterCarriageReturn && reachedEnd { afterCarriageReturn = false }
            if !afterCarriageReturn, let end = buffer[scanned...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                let line = buffer[start..<end]
                afterCarriageReturn = buffer[end] == 0x0D
                start = end + 1
                scanned = start
                if tooLong || line.count > maxLineBytes { return .tooLong(limit: maxLineBytes) }
                return .line(decode(line))
            }
            scanned = buffer.count
            if scanned - start > maxLineBytes {
                // Keep nothing of an over-long line: drop what is in and read on to its end.
                skipped += scanned - start
                tooLong = true
                start = buffer.count
                scanned = start
                // Input that never ends a line (`/dev/zero`) is not text: stop reading it.
                if skipped > Self.skipLimitLines * maxLineBytes {
                    reachedEnd = true
                    abandonedInput = true
                }
            }
            if reachedEnd {
                if tooLong { return .tooLong(limit: maxLineBytes) }
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
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        sawInvalidUTF8 = true
        return String(decoding: bytes, as: UTF8.self)
    }
}
