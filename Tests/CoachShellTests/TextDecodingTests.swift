import CoachShell
import Testing

@Suite struct TextDecodingTests {
    @Test func utf16LittleEndianWithAByteOrderMarkIsDecoded() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Sorry, but".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoding.decode(bytes).text == "Sorry, but")
    }

    @Test func utf16BigEndianWithAByteOrderMarkIsDecoded() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + Array("Café".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(bytes).text == "Café")
    }

    @Test func utf16WithoutAByteOrderMarkIsRefused() {
        let bytes: [UInt8] = Array("We will sue you".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: TextDecoding.Failure.utf16WithoutByteOrderMark) { try TextDecoding.decode(bytes) }
    }

    @Test func aUTF8ByteOrderMarkIsDropped() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("yes".utf8)).text == "yes")
    }

    @Test func invalidUTF8IsReplacedAndFlagged() throws {
        let decoded = try TextDecoding.decode([0x61, 0xFF, 0x62])
        #expect(decoded.text == "a\u{FFFD}b")
        #expect(!decoded.valid)
    }

    @Test func utf32IsRefusedNotReadAsUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + Array("See you in court".unicodeScalars).flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }
        #expect(throws: TextDecoding.Failure.utf32) { try TextDecoding.decode(bytes) }
    }

    @Test func textWithNULBytesIsRefused() {
        #expect(throws: TextDecoding.Failure.nulBytes) { try TextDecoding.decode([0x61, 0x00]) }
    }
}
