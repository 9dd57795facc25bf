import CoachCore
import CoachShell
import Testing

@Suite struct JSONWriterTests {
    /// The escaping JSON requires, byte by byte: the reference the fast writer must match.
    static func reference(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        return String(decoding: out + [UInt8(ascii: "\"")], as: UTF8.self)
    }

    private func written(_ text: String) -> String {
        var json = JSONWriter()
        json.string(text)
        return json.text
    }

    @Test func plainTextLongerThanEightBytesIsCopiedUnchanged() {
        #expect(written("The soup was cold and the waiter ignored us.") == "\"The soup was cold and the waiter ignored us.\"")
    }

    @Test func everyCharacterThatNeedsEscapingIsEscapedWhereverItFallsInAWord() {
        for position in 0..<17 {
            for special in ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}"] {
                var text = String(repeating: "a", count: 16)
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                #expect(written(text) == Self.reference(text), "\(position) \(special.debugDescription)")
            }
        }
    }

    @Test func randomTextMatchesTheReferenceEscaping() {
        var random = SplitMix64(seed: 0x4A50)
        let pieces = ["a", "é", "🍮", "\"", "\\", "\n", "\r", "\u{0}", "\u{7F}", " ", "abcdefgh", "\u{2028}", "~"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<random.next(below: 40) { text += pieces[random.next(below: pieces.count)] }
            #expect(written(text) == Self.reference(text))
        }
    }
}
