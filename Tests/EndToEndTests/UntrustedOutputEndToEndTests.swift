import Foundation
import Testing

/// Hostile text through the built binary: a crafted transcript replayed and played, hostile file
/// names and option values in error messages, hidden characters in JSON output. Nothing reaches
/// standard output or standard error raw.
@Suite struct UntrustedOutputEndToEndTests {
    /// An OSC 52 clipboard write, a clear screen, a title, a C1 CSI, DEL, a right-to-left
    /// override and a zero-width space.
    static let hostile = "Cold soup.\u{1B}]52;c;cm0gLXJmIH4K\u{7}\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m\u{7F}\u{202E}gnp.exe\u{200B}"

    /// The hidden characters in the output: C0 controls other than newline, DEL, C1, bidi and
    /// zero-width characters.
    static func hiddenCharacters(_ data: Data) -> [Unicode.Scalar] {
        String(decoding: data, as: UTF8.self).unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
            default: false
            }
        }
    }

    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("untrusted-e2e-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws -> String {
            try text.write(toFile: path(name), atomically: true, encoding: .utf8)
            return path(name)
        }
    }

    static func craftedTranscript(in folder: Folder) throws -> String {
        try folder.write("crafted.transcript", """
            # Title: \(hostile)
            Review Coach: \(hostile)
            review> \(hostile)
            review> 
            you> /quit
            [exit 0]

            """)
    }

    @Test func replayingACraftedTranscriptPrintsNoHiddenCharacter() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["replay", try Self.craftedTranscript(in: folder)])
        #expect(result.exitCode == 1)
        #expect(result.output.contains("Cold soup.\\u{1B}]52;c;"))
        #expect(Self.hiddenCharacters(result.stdout) == [])
        #expect(Self.hiddenCharacters(result.stderr) == [])
    }

    @Test func playingACraftedTranscriptPrintsNoHiddenCharacter() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["replay", "--play", "--pace", "100000", try Self.craftedTranscript(in: folder)])
        #expect(result.exitCode == 0)
        #expect(result.output.contains("Cold soup.\\u{1B}]52;c;"))
        #expect(Self.hiddenCharacters(result.stdout) == [])
    }

    @Test func aHostileFileNameInAnErrorIsShownAsMarkers() throws {
        let folder = try Folder()
        let result = try RunBinary.run(["replay", folder.path("x\u{1B}]52;c;eA==\u{7}\u{202E}.transcript")])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("x\\u{1B}]52;c;eA==\\u{7}\\u{202E}.transcript"))
        #expect(Self.hiddenCharacters(result.stdout + result.stderr) == [])
    }

    @Test func aHostileReviewFileNameInAnErrorIsShownAsMarkers() throws {
        let result = try RunBinary.run(["--review-file", "/nonexistent/\u{1B}[2J\u{9B}1;1H"])
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("\\u{1B}[2J\\u{9B}1;1H"))
        #expect(Self.hiddenCharacters(result.stderr) == [])
    }

    @Test func aHostileOptionValueInAParseErrorIsShownAsMarkers() throws {
        let result = try RunBinary.run(["classify", "--width", "\u{1B}]0;pwned\u{7}"])
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("\\u{1B}]0;pwned\\u{7}"))
        #expect(Self.hiddenCharacters(result.stderr) == [])
    }

    @Test func aHostileUnknownOptionIsShownAsMarkers() throws {
        let result = try RunBinary.run(["classify", "--\u{1B}[2J"])
        #expect(result.exitCode == 64)
        #expect(Self.hiddenCharacters(result.stderr) == [])
    }

    @Test func classifyJSONEscapesEveryHiddenCharacter() throws {
        // The demand's sentence is quoted in the signals and the reasons, hidden characters and all.
        let review = "Refund me \u{202E}or I post this\u{200B} \u{1B}]52;c;eA==\u{7}\u{85}\u{7F} everywhere."
        let result = try RunBinary.run(["classify", "--json", "--review", review])
        #expect(result.exitCode == 0)
        #expect(result.output.contains(#"Refund me \u202eor I post this\u200b \u001b]52;c;eA==\u0007\u0085\u007f everywhere"#))
        #expect(Self.hiddenCharacters(result.stdout) == [])
    }

    @Test func classifyJSONLinesEscapeEveryHiddenCharacter() throws {
        let line = #"{"id":"r1\u202e","review":"Refund me or else. \u001b]0;x\u0007\u0085\u200b\u2066"}"# + "\n"
        let result = try RunBinary.run(["classify"], stdin: Data(line.utf8))
        #expect(result.output.contains(#""id":"r1\u202e""#))
        #expect(Self.hiddenCharacters(result.stdout) == [])
    }

    @Test func lintReplyJSONEscapesEveryHiddenCharacter() throws {
        let result = try RunBinary.run(["lint-reply", "--json", "--reply", "You are lying\u{202E}, \u{1B}[2Jliar\u{200B}."])
        #expect(Self.hiddenCharacters(result.stdout) == [])
        #expect(Self.hiddenCharacters(result.stderr) == [])
    }
}
