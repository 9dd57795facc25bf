/// Turns the bytes of a file or a pipe into text: UTF-8 (a byte-order mark dropped), or UTF-16
/// with a byte-order mark; UTF-16 without one is refused with a clear error, never read as
/// garbage that "has no mistakes".
public enum TextDecoding {
    /// Why bytes could not be taken as text.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case utf16WithoutByteOrderMark
        case utf32
        case nulBytes

        public var description: String {
            switch self {
            case .utf16WithoutByteOrderMark:
                return "the text looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark) and try again"
            case .utf32:
                return "the text is UTF-32; save it as UTF-8 and try again"
            case .nulBytes:
                return "the text holds NUL bytes, so it is not UTF-8 text (UTF-16 or UTF-32 without a byte-order mark?); save it as UTF-8 and try again"
            }
        }
    }

    /// The text, and whether every byte was valid (invalid bytes become U+FFFD).
    public static func decode(_ bytes: some Collection<UInt8>) throws(Failure) -> (text: String, valid: Bool) {
        let bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try utf8(bytes[3...]) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { throw .utf32 }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes[2...], littleEndian: false) }
        if looksLikeUTF16(bytes) { throw .utf16WithoutByteOrderMark }
        return try utf8(bytes[...])
    }

    /// Text in UTF-16 without a mark: in the first 64 code units, at least a quarter have a zero
    /// byte on the same side (ASCII in UTF-16), which UTF-8 text never has.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let units = min(bytes.count / 2, 64)
        guard units >= 2 else { return false }
        var evenZeros = 0
        var oddZeros = 0
        for index in 0..<units {
            if bytes[2 * index] == 0 { evenZeros += 1 }
            if bytes[2 * index + 1] == 0 { oddZeros += 1 }
        }
        return max(evenZeros, oddZeros) * 4 >= units && min(evenZeros, oddZeros) * 4 < units
    }

    /// UTF-8 text never holds a NUL byte: one means the text is in another encoding.
    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(Failure) -> (text: String, valid: Bool) {
        if bytes.contains(0) { throw .nulBytes }
        return (String(decoding: bytes, as: UTF8.self), String(validating: bytes, as: UTF8.self) != nil)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> (text: String, valid: Bool) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        let valid = bytes.count % 2 == 0 && String(validating: units, as: UTF16.self) != nil
        return (String(decoding: units, as: UTF16.self), valid)
    }
}
