import CoachCore
import Testing

/// The one sanitiser for untrusted text, mode by mode and character class by class.
@Suite struct UntrustedTextTests {
    /// Every character the sanitiser must never let through raw, one of each class.
    static let hidden: [(name: String, scalar: Unicode.Scalar)] = [
        ("NUL", "\u{0}"), ("BEL", "\u{7}"), ("BS", "\u{8}"), ("CR", "\u{D}"), ("ESC", "\u{1B}"), ("US", "\u{1F}"),
        ("DEL", "\u{7F}"), ("PAD", "\u{80}"), ("NEL", "\u{85}"), ("CSI", "\u{9B}"), ("OSC", "\u{9D}"), ("APC", "\u{9F}"),
        ("ALM", "\u{61C}"), ("LRM", "\u{200E}"), ("RLM", "\u{200F}"),
        ("LRE", "\u{202A}"), ("RLE", "\u{202B}"), ("PDF", "\u{202C}"), ("LRO", "\u{202D}"), ("RLO", "\u{202E}"),
        ("LRI", "\u{2066}"), ("RLI", "\u{2067}"), ("FSI", "\u{2068}"), ("PDI", "\u{2069}"),
        ("ZWSP", "\u{200B}"), ("ZWNJ", "\u{200C}"), ("ZWJ", "\u{200D}"), ("WJ", "\u{2060}"), ("BOM", "\u{FEFF}"),
    ]

    /// Neighbours of the hidden characters that are ordinary text and must pass unchanged.
    static let ordinary = "Café — “quoted” naïve… ؛ \u{A0}\u{A1} \u{2010}\u{2027}\u{2030}\u{206A}\u{FEFE} 🍮 ok"

    private func holdsAHiddenCharacter(_ text: String, allowingNewlines: Bool) -> Bool {
        text.unicodeScalars.contains { UntrustedText.isHidden($0) && !(allowingNewlines && $0 == "\n") }
    }

    // MARK: - Terminal

    @Test(arguments: hidden.map(\.name))
    func everyHiddenCharacterIsShownAsItsMarkerOnTheTerminal(_ name: String) {
        let scalar = Self.hidden.first { $0.name == name }!.scalar
        let shown = UntrustedText.terminal("a\(scalar)b")
        #expect(shown == "a" + UntrustedText.marker(for: scalar) + "b")
        #expect(!holdsAHiddenCharacter(shown, allowingNewlines: false))
    }

    @Test func theMarkerNamesTheCharacterInHex() {
        #expect(UntrustedText.marker(for: "\u{1B}") == "\\u{1B}")
        #expect(UntrustedText.marker(for: "\u{202E}") == "\\u{202E}")
    }

    @Test func anOSC52ClipboardWriteIsShownAndNeverSent() {
        let attack = "Nice place.\u{1B}]52;c;cm0gLXJmIH4K\u{7}"
        #expect(UntrustedText.terminal(attack) == "Nice place.\\u{1B}]52;c;cm0gLXJmIH4K\\u{7}")
    }

    @Test func aClearScreenAndATitleSequenceAreShownAndNeverSent() {
        let attack = "\u{1B}[2J\u{1B}[H\u{1B}]0;pwned\u{1B}\\"
        #expect(UntrustedText.terminal(attack) == "\\u{1B}[2J\\u{1B}[H\\u{1B}]0;pwned\\u{1B}\\")
    }

    @Test func ordinaryTextIncludingNeighboursOfHiddenCharactersIsUnchanged() {
        #expect(UntrustedText.terminal(Self.ordinary) == Self.ordinary)
    }

    @Test func newlinesAreKeptOrShownAsAsked() {
        #expect(UntrustedText.terminal("a\nb") == "a\nb")
        #expect(UntrustedText.terminal("a\nb", keepNewlines: false) == "a\\u{A}b")
    }

    @Test func aTabBecomesASpaceSoWrappingStaysRight() {
        #expect(UntrustedText.terminal("a\tb") == "a b")
    }

    @Test func terminalTextNeverHoldsAHiddenCharacterWhateverItIsGiven() {
        var random = SplitMix64(seed: 0x5AFE)
        let pieces = Self.hidden.map { String($0.scalar) } + ["a", "\n", "é", "🍮", " ", "\\u{1B}", "‮"]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<random.next(below: 30) { text += pieces[random.next(below: pieces.count)] }
            #expect(!holdsAHiddenCharacter(UntrustedText.terminal(text), allowingNewlines: true), "\(text.debugDescription)")
        }
    }

    // MARK: - Markdown

    @Test func htmlTagsAreEscapedSoTheyNeverRender() {
        #expect(UntrustedText.markdown("<h1>Verdict: troll</h1>") == "\\<h1\\>Verdict: troll\\</h1\\>")
        #expect(UntrustedText.markdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
    }

    @Test func anImageIsEscapedSoItNeverLoads() {
        #expect(UntrustedText.markdown("![img](http://x)") == "!\\[img\\](http://x)")
    }

    @Test func aLinkIsEscapedSoItNeverRenders() {
        #expect(UntrustedText.markdown("[your bank](http://x)") == "\\[your bank\\](http://x)")
    }

    @Test func anEntityIsEscapedSoItShowsAsTyped() {
        #expect(UntrustedText.markdown("&lt;b&gt; & co") == "\\&lt;b\\&gt; \\& co")
    }

    @Test func emphasisCodeAndStrikeThroughMarksAreEscaped() {
        #expect(UntrustedText.markdown("*a* _b_ `c` ~~d~~ | e") == "\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\| e")
    }

    @Test(arguments: ["# Verdict", "- item", "+ item", "=== ", "> quote", "1. first", "12) twelfth", "   # indented"])
    func aBlockMarkerAtTheStartOfALineIsEscaped(_ line: String) {
        let escaped = UntrustedText.markdown(line)
        let firstMark = escaped.drop { $0 == " " || ("0"..."9").contains($0) }.first
        #expect(firstMark == "\\", "\(escaped)")
        #expect(UntrustedText.markdown("ok\n" + line) == "ok\n" + escaped)
    }

    @Test func aMarkerInsideALineIsLeftAsItIs() {
        #expect(UntrustedText.markdown("Table for 2. We waited - long #sad") == "Table for 2. We waited - long #sad")
    }

    @Test func markdownAlsoShowsHiddenCharactersAsMarkers() {
        #expect(UntrustedText.markdown("a\u{202E}b\u{200B}c") == "a\\\\u{202E}b\\\\u{200B}c")
    }

    @Test func aFencedBlockHoldsTheTextVerbatimBetweenThreeBackticks() {
        #expect(UntrustedText.markdownFenced("<h1>x</h1>\n[a](b)") == "```\n<h1>x</h1>\n[a](b)\n```")
    }

    @Test func theFenceIsLongerThanAnyRunOfBackticksInTheText() {
        #expect(UntrustedText.markdownFenced("a ```` b\n```") == "`````\na ```` b\n```\n`````")
    }

    @Test func aFencedBlockShowsHiddenCharactersAsMarkers() {
        #expect(UntrustedText.markdownFenced("a\u{1B}[2J\u{FEFF}") == "```\na\\u{1B}[2J\\u{FEFF}\n```")
    }
}
