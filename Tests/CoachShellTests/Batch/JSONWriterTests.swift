import CoachCore
import CoachShell
import Testing

@Suite struct JSONWriterTests {
    /// The escaping JSON requires, plus `\uXXXX` for every character the sanitiser hides,
    /// character by character: the reference the fast writer must match.
    static func reference(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let hex = Array("0123456789abcdef".utf8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case "\n": out += Array("\\n".utf8)
            case "\r": out += Array("\\r".utf8)
            case "\t": out += Array("\\t".utf8)
            case "\u{8}": out += Array("\\b".utf8)
            case "\u{C}": out += Array("\\f".utf8)
            case _ where UntrustedText.isHidden(scalar):
                let value = Int(scalar.value)
                out += Array("\\u".utf8) + [hex[value >> 12 & 0xF], hex[value >> 8 & 0xF], hex[value >> 4 & 0xF], hex[value & 0xF]]
            default: out += Array(String(scalar).utf8)
            }
        }
        return String(decoding: out + [UInt8(ascii: "\"")], as: UTF8.self)
    }

    /// Hidden characters of every class, and their neighbours that share a lead byte and are
    /// ordinary text (no-break space, ’, —, ؛, U+206A, U+FEFE).
    static let hiddenAndNeighbours = [
        "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{61C}", "\u{200B}", "\u{200D}", "\u{200E}",
        "\u{202E}", "\u{2060}", "\u{2066}", "\u{2069}", "\u{FEFF}",
        "\u{A0}", "’", "—", "\u{61B}", "\u{206A}", "\u{FEFE}", "\u{2028}",
    ]

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
            for special in ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}"] + Self.hiddenAndNeighbours {
                var text = String(repeating: "a", count: 16)
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                #expect(written(text) == Self.reference(text), "\(position) \(special.debugDescription)")
            }
        }
    }

    @Test func hiddenCharactersAreWrittenAsUnicodeEscapes() {
        #expect(written("a\u{1B}]52;c;eA==\u{7}\u{9B}\u{7F}\u{202E}\u{200B}\u{FEFF}") == #""a\u001b]52;c;eA==\u0007\u009b\u007f\u202e\u200b\ufeff""#)
    }

    @Test func randomTextMatchesTheReferenceEscaping() {
        var random = SplitMix64(seed: 0x4A50)
        let pieces = ["a", "é", "🍮", "\"", "\\", "\n", "\r", "\u{0}", " ", "abcdefgh", "~"] + Self.hiddenAndNeighbours
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<random.next(below: 40) { text += pieces[random.next(below: pieces.count)] }
            #expect(written(text) == Self.reference(text))
        }
    }
}
