import CoachCore

/// Writes compact JSON into a byte buffer, in exactly the order the caller writes keys.
///
/// Strings are written as UTF-8: non-ASCII text (é, emoji) stays as it is. `"`, `\` and the
/// control characters U+0000 to U+001F are escaped, as JSON requires; so is every other character
/// `UntrustedText.isHidden` names (DEL, the C1 controls, bidirectional marks and overrides,
/// zero-width characters), as `\uXXXX`, so the output is safe to `cat` on a terminal.
/// The caller is responsible for the structure (commas are added by the helpers below).
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8.
    public var bytes: [UInt8]
    /// Whether the next member or element needs a comma before it, one entry per open container.
    private var needsComma: [Bool] = []

    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its capacity, to write the next value.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma.removeAll(keepingCapacity: true)
        valueFollowsKey = false
    }

    /// The JSON as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - Containers

    /// Opens an object `{`.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    /// Closes the innermost object `}`.
    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens an array `[`.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    /// Closes the innermost array `]`.
    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a member name and its colon; the value comes from the next call.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        valueFollowsKey = true
    }

    /// True between a member name and its value: the value takes no comma.
    private var valueFollowsKey = false

    // MARK: - Values

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        appendString(value)
    }

    /// Writes a string value, or `null` when there is none.
    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Appends members already written as JSON (`"a":1,"b":2`, no braces) into the open object,
    /// with the comma before them if the object has members already.
    public mutating func members(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
    }

    /// The members written into an object so far, without its opening brace: for `members(_:)`.
    /// Call after `beginObject()` and the members, before `endObject()`.
    public var membersOfOpenObject: [UInt8] { Array(bytes.dropFirst()) }

    // MARK: - Helpers

    /// Adds the comma between members or elements, and marks the container as non-empty.
    private mutating func separate() {
        if valueFollowsKey {
            valueFollowsKey = false
            return
        }
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The bytes of an eight-byte word (byte 0 lowest) that may need escaping, as the high bit
    /// of each: a control character (< 0x20), `"` or `\\`, or a byte that can start a hidden
    /// character: DEL (0x7F), or the lead byte of a C1 control (0xC2), of U+061C (0xD8), of a
    /// zero-width or bidirectional character (0xE2) or of U+FEFF (0xEF). The classic "has a byte
    /// less than n / equal to c" bit tricks: zero exactly when no byte does, and the lowest bit
    /// set is exactly the first such byte (a borrow only marks bytes above a true one). A word
    /// of ASCII (most text) needs one test more than the JSON characters, for DEL.
    @inline(__always)
    static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let json = ((word &- ones &* 0x20) & ~word & highs) | has(word, 0x22) | has(word, 0x5C)
        if word & highs == 0 {
            // Every byte is below 0x80, so adding one to each carries into no other byte and
            // sets a high bit only for 0x7F.
            return json | ((word &+ ones) & highs)
        }
        return json | has(word, 0x7F) | has(word, 0xC2) | has(word, 0xD8) | has(word, 0xE2) | has(word, 0xEF)
    }

    /// The high bit of each byte of `word` that equals `byte` (and, exact for "any", none when
    /// no byte does).
    @inline(__always)
    private static func has(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let matched = word ^ (ones &* UInt64(byte))
        return (matched &- ones) & ~matched & highs
    }

    /// The character that starts at `index` when it is DEL or starts with one of the lead bytes
    /// 0xC2, 0xD8, 0xE2 or 0xEF (the only bytes that can start a hidden character): its value,
    /// its length in bytes and whether `UntrustedText.isHidden` says it is hidden. Nil for any
    /// other byte. The text is valid UTF-8 (a Swift string), so the bytes after a lead byte are
    /// there.
    @inline(__always)
    static func possiblyHidden(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int, hidden: Bool)? {
        let byte = utf8[index]
        let value: UInt32, length: Int
        switch byte {
        case 0x7F:
            return (0x7F, 1, true)
        case 0xC2, 0xD8:
            value = (UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F)
            length = 2
        case 0xE2, 0xEF:
            value = (UInt32(byte & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
            length = 3
        default:
            return nil
        }
        return (value, length, Unicode.Scalar(value).map(UntrustedText.isHidden) ?? false)
    }

    /// Appends a quoted, escaped JSON string. Runs of plain bytes are copied in one go.
    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none of them needs escaping (most text); else
                // straight to the first byte that may.
                if index + 8 <= utf8.count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
                    let mask = Self.escapeMask(word)
                    if mask == 0 {
                        index += 8
                        continue
                    }
                    index += mask.trailingZeroBitCount >> 3
                }
                let byte = utf8[index]
                if byte >= 0x7F {
                    guard let character = Self.possiblyHidden(in: utf8, at: index) else {
                        index += 1
                        continue
                    }
                    guard character.hidden else {
                        // Ordinary text (’, —, a no-break space): the whole character stays in the run.
                        index += character.length
                        continue
                    }
                    if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                    index += character.length
                    runStart = index
                    appendUnicodeEscape(character.value)
                    continue
                }
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                let escaped = index - 1
                if runStart < escaped { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<escaped])) }
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `\uXXXX` for a character in the Basic Multilingual Plane.
    @inline(__always)
    private mutating func appendUnicodeEscape(_ value: UInt32) {
        bytes.append(contentsOf: [
            UInt8(ascii: "\\"), UInt8(ascii: "u"),
            Self.hex[Int(value >> 12 & 0xF)], Self.hex[Int(value >> 8 & 0xF)],
            Self.hex[Int(value >> 4 & 0xF)], Self.hex[Int(value & 0xF)],
        ])
    }
}
