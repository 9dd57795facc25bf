import CoachCore
import Testing

@Suite struct SignalSpanAndRobustnessTests {
    static let mixedReviews: [String] = ClassifyExamplesTests.examples.map(\.review) + DemandSignalTests.threats
        + NeverCustomerDetectorTests.statements + SpamDetectorTests.spam + AbuseDetectorTests.insults
        + LegalThreatDetectorTests.threats + SpecificDetailDetectorTests.details.map(\.review) + [
            "  Café   was\tterrible…  the owner’s a jerk!!  🤬🤬 Refund me 💸 or I’ll post on Yelp.\n\nNEVER AGAIN  ",
            "Le serveur était impoli. 服务很差！！ Никогда больше. e\u{301}e\u{301} WORST EVER\u{301}!!",
            // Found by the fuzzer: a sentence whose first word starts on a combining mark.
            "{\u{0656}o-011\", \"review\": \"Honestly if they gave me a discoult on my next booking id happily change to 4 stars.",
        ]

    @Test("Every quoted span is the review's exact bytes at its offset", arguments: mixedReviews)
    func spansAreExactSubstrings(_ review: String) {
        for s in SignalDetector.detect(in: review) {
            #expect(SignalTestSupport.isExactSpan(s, in: review), "\(s.kind) \(s.offset) \(s.text)")
            #expect(containsWholeCharacters(review, s.text))
        }
    }

    @Test func signalsComeInOrderOfAppearance() {
        let review = "I'm not a customer. You idiots!! Refund me or I'll post on Yelp. I will sue. Order #4512."
        let offsets = SignalDetector.detect(in: review).map(\.offset)
        #expect(offsets == offsets.sorted())
        #expect(offsets.count >= 5)
    }

    @Test func detectionIsDeterministic() {
        let review = DemandSignalTests.threats.joined(separator: " ")
        #expect(SignalDetector.detect(in: review) == SignalDetector.detect(in: review))
    }

    @Test func emptyAndWhitespaceInputsGiveNoSignals() {
        #expect(SignalDetector.detect(in: "").isEmpty)
        #expect(SignalDetector.detect(in: " \n\t\r\n ").isEmpty)
    }

    @Test func nulBytesDoNotTrap() {
        let review = "Refund me\u{0} or I'll post\u{0}\u{0} on Yelp!!\u{0}IDIOTS HERE\u{0}"
        for s in SignalDetector.detect(in: review) { #expect(SignalTestSupport.isExactSpan(s, in: review)) }
    }

    @Test func randomUnicodeNeverTrapsAndSpansStayExact() {
        var rng = SplitMix64(seed: 0x5EED)
        let pieces: [String] = [
            "refund", " me", " or", " I’ll", " post", " on", " Yelp", " never", " been", " here",
            " idiot", " the", " manager", " is", " a", " pig", "!!", "!", ".", "?", ",", " ", "\n",
            "\n\n", "\u{0}", "e\u{301}", "\u{301}", "\u{200D}", "👍🏽", "🇫🇷", "👨‍👩‍👧", "’", "‘", "“", "—", "…",
            "漢字", "ア", "עברית", "العربية", "ß", "İ", "\u{FEFF}", "\u{FE0F}", "#4512", "$100", "7:30", "12/04",
            "http://x.example/a?b=c", "www.", ".com", "WORST", "EVER", "\r\n", "\t", "\u{7F}", "\u{85}", "\u{2028}",
            "=", "*", "**", "f*ck", "$", "£", "€", "%", "/", ":", "-", " - ", "(", ")", "'", "’s", " you", " if",
            " or", " and", " unless", " review", " refund", " I'll", " I", " me", " not", " a", " 1", " star",
            " March", " 3rd", " #", " 12", " pm", " lawyer", " sue", " never", " set", " foot", " in", " tried",
        ]
        for _ in 0..<3000 {
            var review = ""
            let count = Int.random(in: 0...60, using: &rng)
            for _ in 0..<count {
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    let scalar = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) ?? "x"
                    review.unicodeScalars.append(scalar)
                } else {
                    review += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                }
            }
            for s in SignalDetector.detect(in: review) {
                #expect(SignalTestSupport.isExactSpan(s, in: review))
                #expect(containsWholeCharacters(review, s.text))
            }
        }
    }

    @Test func aOneMegabyteReviewIsHandled() {
        let unit = "The manager is a pig and I will sue!! Refund me or I'll post on Yelp. Order #4512 at 7pm. "
        var review = String(repeating: unit, count: 1_048_576 / unit.utf8.count + 1)
        review += String(repeating: "A", count: 1000)
        let signals = SignalDetector.detect(in: review)
        #expect(!signals.isEmpty)
        #expect(signals.allSatisfy { $0.text.utf8.count <= 2_000 })
    }

    @Test func aOneMegabyteSentenceWithoutPunctuationIsQuotedShort() {
        let review = String(repeating: "idiot ", count: 180_000) + String(repeating: "WORST ", count: 1000)
        let signals = SignalDetector.detect(in: review)
        #expect(signals.contains { $0.kind == .abusive })
        #expect(signals.allSatisfy { $0.text.utf8.count <= 2_000 && SignalTestSupport.isExactSpan($0, in: review) })
    }

    @Test func oneMegabyteOfPunctuationIsHandled() {
        for unit in ["!", "*", ".", "=", "\n", "’", "😡", "\u{301}", "a*", "I'll "] {
            let review = String(repeating: unit, count: 1_048_576 / unit.utf8.count)
            for s in SignalDetector.detect(in: review) {
                #expect(SignalTestSupport.isExactSpan(s, in: review))
                #expect(s.text.utf8.count <= 2_000)
            }
        }
    }

    @Test func repeatedCuesInOneHugeSentenceStayLinear() {
        // Each of these would be quadratic if a detector rescanned the sentence per cue.
        for unit in [
            "never used it ", "if I refund ", "you idiot is a ", "my lawyer ", "order #12345 ", "WORST ",
            // the demand grammar's cues: "or" links, wishes, split removals, readers' wishes
            "refund me or ", "if I could give ", "take this down ", "if you want a refund ", "pay me 20 bad reviews ",
            // words looked at only near another: a legal word's intent, advice after the writer
            "I will sue my lawyer ", "I do not go here ",
        ] {
            let review = String(repeating: unit, count: 524_288 / unit.utf8.count)
            let signals = SignalDetector.detect(in: review)
            #expect(signals.allSatisfy { SignalTestSupport.isExactSpan($0, in: review) })
        }
    }
}
