import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor in fixed-size chunks with read(2), so memory stays flat
/// however long the input is. A line longer than `maxLineBytes` is reported as too long and its
/// bytes are skipped up to the next line end. Lines end at `\n`, `\r\n` or a lone `\r`. A UTF-8 byte
/// order mark at the start is dropped.
public struct ChunkedLineReader {
    /// One line of input, handed to the caller.
    public enum Line {
        /// A line's bytes without the newline; valid only during the call.
        case text(UnsafeBufferPointer<UInt8>, number: Int)
        /// A line over the size limit; its bytes were not kept.
        case tooLong(number: Int)
    }

    public let descriptor: Int32
    public let chunkBytes: Int
    public let maxLineBytes: Int

    public init(descriptor: Int32, chunkBytes: Int = 64 * 1024, maxLineBytes: Int = 256 * 1024) {
        self.descriptor = descriptor
        self.chunkBytes = chunkBytes
        self.maxLineBytes = maxLineBytes
    }

    /// Calls `body` for every line, in order, then `afterChunk` once the complete lines of each
    /// chunk are handled (before the next read, which may block: the place to flush output).
    public func forEachLine(_ body: (Line) -> Void, afterChunk: () -> Void = {}) throws(ReadError) {
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        var pending: [UInt8] = []
        var skipping = false
        var number = 1
        var atStart = true
        // The previous line ended with `\r`: a `\n` right after it is part of the same line end.
        var afterCarriageReturn = false
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, chunkBytes) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            chunk.withUnsafeBufferPointer { whole in
                var start = 0
                if atStart {
                    atStart = false
                    if count >= 3, whole[0] == 0xEF, whole[1] == 0xBB, whole[2] == 0xBF { start = 3 }
                }
                var index = start
                while index < count {
                    let byte = whole[index]
                    guard byte == 0x0A || byte == 0x0D else {
                        index += 1
                        continue
                    }
                    if byte == 0x0A && afterCarriageReturn && index == start && pending.isEmpty && !skipping {
                        afterCarriageReturn = false
                        index += 1
                        start = index
                        continue
                    }
                    afterCarriageReturn = byte == 0x0D
                    let piece = UnsafeBufferPointer(rebasing: whole[start..<index])
                    if skipping {
                        skipping = false
                    } else if pending.isEmpty {
                        body(piece.count > maxLineBytes ? .tooLong(number: number) : .text(piece, number: number))
                    } else if pending.count + piece.count > maxLineBytes {
                        body(.tooLong(number: number))
                        pending.removeAll(keepingCapacity: true)
                    } else {
                        pending.append(contentsOf: piece)
                        pending.withUnsafeBufferPointer { body(.text($0, number: number)) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    number += 1
                    index += 1
                    start = index
                }
                if start < count { afterCarriageReturn = false }
                guard !skipping, start < count else { return }
                let rest = UnsafeBufferPointer(rebasing: whole[start..<count])
                if pending.count + rest.count > maxLineBytes {
                    body(.tooLong(number: number))
                    pending = []
                    skipping = true
                } else {
                    pending.append(contentsOf: rest)
                }
            }
            afterChunk()
        }
        if !skipping, !pending.isEmpty {
            pending.withUnsafeBufferPointer { body(.text($0, number: number)) }
        }
        afterChunk()
    }

    /// Why the input could not be read.
    public struct ReadError: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }
}
