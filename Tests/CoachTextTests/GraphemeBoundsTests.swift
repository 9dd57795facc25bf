import CoachText
import Testing

@Suite struct GraphemeBoundsTests {
    /// The range of `piece` (first occurrence) in `text`, in UTF-8 bytes.
    private func byteRange(of piece: String, in text: String) -> Range<Int> {
        let r = text.utf8.firstRange(of: piece.utf8)!
        return text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
            ..< text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
    }

    @Test func aRangeStartingOnACombiningMarkTakesInTheCharacterItBelongsTo() {
        let text = "{\u{0656}pay me now}"
        let r = GraphemeBounds.widen(byteRange(of: "\u{0656}pay", in: text), in: Array(text.utf8))
        #expect(String(decoding: Array(text.utf8)[r], as: UTF8.self) == "{\u{0656}pay")
    }

    @Test func aRangeEndingBeforeACombiningMarkTakesInTheMark() {
        let text = "cafe\u{0301} was cold"
        let r = GraphemeBounds.widen(byteRange(of: "cafe", in: text), in: Array(text.utf8))
        #expect(String(decoding: Array(text.utf8)[r], as: UTF8.self) == "cafe\u{0301}")
    }

    @Test func anEmojiJoinedSequenceIsKeptWhole() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let text = "we \(family) came"
        let r = GraphemeBounds.widen(byteRange(of: "\u{1F469}", in: text), in: Array(text.utf8))
        #expect(String(decoding: Array(text.utf8)[r], as: UTF8.self) == family)
    }

    @Test func aRangeOnWholeCharactersIsLeftAlone() {
        let text = "The soup was cold."
        let range = byteRange(of: "soup was", in: text)
        #expect(GraphemeBounds.widen(range, in: Array(text.utf8)) == range)
    }

    @Test func anEngineQuoteIsAlwaysAPieceOfTheTextAsCharacters() {
        let text = "{\u{0656}o-011 if they gave me a discount id change to 4 stars."
        let a = analyse(text)
        for token in a.tokens {
            #expect(Array(text).firstRange(of: Array(a.text(token.start, token.end))) != nil)
        }
    }
}
