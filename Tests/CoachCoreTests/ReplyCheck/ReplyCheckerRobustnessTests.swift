import CoachCore
import Testing

/// The checker never traps, whatever it is given, and always quotes the reply exactly.
@Suite struct ReplyCheckerRobustnessTests {
    static let pieces: [String] = [
        "sorry", " but ", "However, ", "you", " should have ", "lawyer", "#", "123", "-", "4567", "@", ".", "com",
        "!!", "?!", "LIAR", " ", "\n", "’", "'", "\u{0}", "é", "e\u{301}", "👨‍👩‍👧", "🙄", "\u{FEFF}", "\u{202E}",
        "refund", " if you remove ", "review", "$", "20", "%", " off", "Court", "Sue", "…", "\"", "“", "”", "(", ")",
        "because", ", ", "; ", "busy", "我们", "مرحبا", "\u{1F1EC}\u{1F1E7}", "\r\n", "\t", "ß", "İ", "Ⅻ", "٣",
    ]

    static func randomReply(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)  // replayable
        var s = ""
        let n = Int(rng.next() % 80)
        for _ in 0..<n {
            if rng.next() % 4 == 0 {
                // A random scalar from anywhere in Unicode (skipping surrogates).
                let v = UInt32(rng.next() % 0x10FFFF)
                if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) }
            } else {
                s += pieces[Int(rng.next() % UInt64(pieces.count))]
            }
        }
        return s
    }

    @Test(arguments: 0..<300)
    func randomUnicodeNeverTrapsAndQuotesExactly(seed: Int) {
        let reply = Self.randomReply(seed: UInt64(seed))
        for f in ReplyChecker.check(reply) {
            #expect(containsWholeCharacters(reply, f.text))
        }
    }

    @Test func nulBytesNeverTrap() {
        let reply = "Sorry\u{0} but\u{0}\u{0} you should have read it\u{0}. \u{0}LIAR\u{0}!!"
        let findings = ReplyChecker.check(reply)
        #expect(findings.allSatisfy { containsWholeCharacters(reply, $0.text) })
        #expect(ReplyChecker.check(String(repeating: "\u{0}", count: 10_000)).isEmpty)
    }

    @Test func oneMegabyteReplyIsCheckedWithoutTrapping() {
        let sentence = "I'm sorry, but you should have read our menu; our lawyers say so!! Call 555-0199. "
        var reply = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        reply += "Thank you."
        #expect(reply.utf8.count >= 1_048_576)
        let findings = ReplyChecker.check(reply)
        #expect(!findings.isEmpty)
    }

    @Test func oneMegabyteWithoutSentenceBreaksIsCheckedWithoutTrapping() {
        let reply = String(repeating: "sorry but lawyer you should have 12345 ", count: 1_048_576 / 38 + 1)
        let findings = ReplyChecker.check(reply)
        #expect(findings.allSatisfy { !$0.text.isEmpty })
    }

    @Test(arguments: ["ridiculous ", "sorry but ", "Sorry. However, ", "you were told ", "obviously you ", "$1 refund remove review ", "LIAR "])
    func longRunsOfRepeatedCuesAreCheckedInLinearTime(_ cue: String) {
        // 256 KB each: enough to make quadratic work in a sentence show up as a hang.
        let reply = String(repeating: cue, count: 262_144 / cue.utf8.count + 1)
        let findings = ReplyChecker.check(reply)
        #expect(findings.allSatisfy { !$0.text.isEmpty })
    }

    @Test func oneMegabyteOfOneCharacterIsCheckedWithoutTrapping() {
        #expect(ReplyChecker.check(String(repeating: "!", count: 1_048_576)).count == 1)
        #expect(ReplyChecker.check(String(repeating: "a", count: 1_048_576)).isEmpty)
        #expect(ReplyChecker.check(String(repeating: "7", count: 1_048_576)).isEmpty)
    }

    @Test func lonelyCombiningMarksAndEmojiSequencesNeverTrap() {
        let reply = "\u{301}\u{301}Sorry 👩🏽‍💻, but\u{20DD} you failed to 🇬🇧 read it!!"
        for f in ReplyChecker.check(reply) { #expect(containsWholeCharacters(reply, f.text)) }
    }
}
