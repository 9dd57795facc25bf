import Foundation

/// TEMPORARY minimal plain reader; replaced by the terminal branch's version at merge.
public final class PlainLineReader: LineReader {
    let descriptor: Int32
    var buffer: [UInt8] = []
    var atEnd = false
    public private(set) var sawInvalidUTF8 = false
    public init(descriptor: Int32 = 0) { self.descriptor = descriptor }
    public func readLine(_ request: LineRequest) -> LineReadResult {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                var bytes = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if bytes.last == 13 { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if atEnd {
                if buffer.isEmpty { return .endOfInput }
                defer { buffer = [] }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEnd = true } else { buffer += chunk[..<n] }
        }
    }
}
