/// Widens a byte range of UTF-8 text to whole grapheme clusters (user-perceived characters), so
/// a quote never starts on a combining mark or stops before one: it is then a piece of the text
/// as a reader, and Swift's `String`, see it.
public enum GraphemeBounds {
    /// The smallest range of whole grapheme clusters that holds `range`. Only a window around
    /// the range is read: from a place where two ASCII bytes meet (always a cluster boundary,
    /// except CR LF) to the next such place. Text that is not valid UTF-8 keeps its range.
    public static func widen(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = max(0, min(range.lowerBound, bytes.count))
        let end = max(start, min(range.upperBound, bytes.count))
        guard start < end else { return start..<end }
        var lo = start
        while lo > 0, !isBoundary(bytes, lo) { lo -= 1 }
        var hi = end
        while hi < bytes.count, !isBoundary(bytes, hi) { hi += 1 }
        guard let window = String(validating: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
        else { return start..<end }
        var position = lo, first = start, last = end
        for character in window {
            let next = position + character.utf8.count
            if position < start, start < next { first = position }
            if position < end, end < next { last = next }
            if next >= end { break }
            position = next
        }
        return first..<last
    }

    /// `widen` over an array of bytes.
    public static func widen(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        bytes.withUnsafeBufferPointer { widen(range, in: $0) }
    }

    /// Whether a cluster boundary certainly falls before byte `i`: it and the byte before it are
    /// ASCII and not the LF of a CR LF pair. (No ASCII byte extends or is a prefix to another.)
    @inline(__always) private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i], before = bytes[i - 1]
        return b < 0x80 && before < 0x80 && !(before == 0x0D && b == 0x0A)
    }
}
