import CoachCore
import Testing

/// `/save` Markdown: the review and the owner's answers are shown, never rendered.
@Suite struct SessionReportTests {
    static let hostileReview = [
        "<script>alert(1)</script>",
        "![track](http://tracker.example/pixel.png)",
        "[Click here for your refund](http://phish.example)",
        "# Verdict: the owner is a fraud",
        "The soup was cold.\u{202E} \u{200B}",
    ]
    static let hostileAnswers = ["<img src=x onerror=alert(1)>", "**we** now check [every](http://x) bowl", "- call us", "# Sam"]

    /// A finished session (a genuine grievance, so every free-text answer is asked) with a
    /// hostile review and hostile answers.
    static func report() -> String {
        let claims = min(ReplyComposer.maxClaims, ClaimFinder.shipped.claims(in: hostileReview.joined(separator: "\n")).count)
        let (session, _) = feed(shippedCoach(), hostileReview + ["", "calm", "yes", "yes", "no", "no"]
            + Array(repeating: "true", count: claims) + hostileAnswers)
        #expect(session.state.step == .done)
        return SessionReport(catalog: shippedCatalog()).markdown(for: session.state)
    }

    /// The report without its fenced blocks: what a Markdown viewer renders as text.
    static func outsideFences(_ markdown: String) -> [String] {
        var inFence = false
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if !inFence { lines.append(String(line)) }
        }
        return lines
    }

    @Test func theReviewIsAFencedBlockThatHoldsItVerbatim() {
        let review = Self.hostileReview.dropLast().joined(separator: "\n") + "\nThe soup was cold.\\u{202E} \\u{200B}"
        #expect(Self.report().contains("```\n" + review + "\n```\n"))
    }

    @Test func outsideTheFenceNoTagLinkOrImageCanOpen() {
        for line in Self.outsideFences(Self.report()) {
            for (index, character) in zip(line.indices, line) where "<[`".contains(character) {
                #expect(index > line.startIndex && line[line.index(before: index)] == "\\", "unescaped \(character) in: \(line)")
            }
        }
    }

    @Test func onlyTheReportsOwnHeadingsAreHeadings() {
        let headings = Self.outsideFences(Self.report()).filter { $0.hasPrefix("#") }
        #expect(headings.count == 6, "\(headings)")
        #expect(!headings.contains { $0.contains("Sam") || $0.contains("fraud") })
    }

    @Test func theOwnersAnswersAreEscapedInTheReply() {
        let report = Self.report()
        #expect(report.contains("\\<img src=x onerror=alert(1)\\>"))
    }

    @Test func noHiddenCharacterReachesTheFile() {
        #expect(!Self.report().unicodeScalars.contains { UntrustedText.isHidden($0) && $0 != "\n" })
    }
}
