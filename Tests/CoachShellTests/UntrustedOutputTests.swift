import CoachCore
import CoachPrompts
import CoachShell
import Foundation
import Testing

/// Untrusted text at the shell's outputs: the chat's channels, replay, `--play`, `--prompts`.
@Suite struct UntrustedOutputTests {
    /// A line with an OSC 52 clipboard write, a clear screen, a title, a C1 CSI, DEL, a
    /// right-to-left override and a zero-width space.
    static let hostile = "Cold soup.\u{1B}]52;c;cm0gLXJmIH4K\u{7}\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m\u{7F}\u{202E}gnp.exe\u{200B}"

    static func holdsAHiddenCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { UntrustedText.isHidden($0) && $0 != "\n" }
    }

    static func catalog() throws -> PromptCatalog { try PromptCatalog(files: EmbeddedPrompts.files) }

    /// A folder for one test's files, removed afterwards.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("untrusted-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func write(_ name: String, _ text: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    @Test func theCoachsColoursStayWhileHiddenCharactersInTheTextAreShown() {
        let text = ReadableLines(width: nil, palette: Palette(enabled: true)).text([StyledLine(.quote, "a\u{1B}[2Jb")])
        #expect(text == "\u{1B}[33ma\\u{1B}[2Jb\u{1B}[0m\n")
    }

    @Test func aHostileReviewTypedInTheChatReachesNoChannelRaw() throws {
        let sink = BufferSink()
        let loop = ChatLoop(
            coach: Coach(catalog: try Self.catalog()), reader: ScriptedLineReader(lines: [Self.hostile, "", "/summary", "/quit"]),
            channels: [.transcript(sink)])
        loop.run()
        #expect(sink.text.contains("Cold soup.\\u{1B}]52;c;"))
        #expect(!Self.holdsAHiddenCharacter(sink.text))
    }

    @Test func playingACraftedTranscriptSendsNoHiddenCharacterToTheTerminal() throws {
        let prompts = TranscriptPlayer(catalog: try Self.catalog()).prompts
        let transcript = Transcript(header: ["# Title: x"], body: [Self.hostile, prompts[0] + Self.hostile, "[exit 0]"])
        let sink = BufferSink()
        TranscriptPlayback(pace: 1_000_000, sink: sink, keyboard: nil).play(transcript, prompts: prompts)
        #expect(sink.text.contains("Cold soup.\\u{1B}]52;c;"))
        #expect(!Self.holdsAHiddenCharacter(sink.text))
    }

    @Test func theDiffOfACraftedTranscriptHoldsNoHiddenCharacter() throws {
        let folder = try Folder()
        let path = try folder.write("crafted\u{1B}[2J.transcript", "# Title: crafted\n\(Self.hostile)\nreview> \(Self.hostile)\n[exit 0]\n")
        let outcome = try TranscriptCheck(catalog: try Self.catalog()).check(path: path, update: false)
        guard case .differs(let diff) = outcome else {
            Issue.record("a crafted transcript matched: \(outcome)")
            return
        }
        #expect(diff.contains("crafted\\u{1B}[2J.transcript"))
        #expect(!Self.holdsAHiddenCharacter(diff))
    }

    @Test func promptOverridesAreLoadedWithHiddenCharactersShown() throws {
        let folder = try Folder()
        _ = try folder.write("app.txt", "[app.greeting]\nHello\u{1B}]0;pwned\u{7} \u{202E}there\n")
        let catalog = try PromptLoader.load(overrides: folder.url.path)
        #expect(catalog.text("app.greeting") == "Hello\\u{1B}]0;pwned\\u{7} \\u{202E}there")
    }
}
