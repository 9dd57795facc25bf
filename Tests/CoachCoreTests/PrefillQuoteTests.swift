import CoachCore
import Testing

/// How the coach quotes the review when the text suggests an answer.
@Suite struct PrefillQuoteTests {
    let renderer = EventRenderer(catalog: shippedCatalog())

    func prefillLine(quoting text: String) -> String {
        let prefill = Prefill(answer: "yes", evidence: Signal(kind: .demand, text: text, offset: 0))
        return renderer.render(.ask(.demand, prefill: prefill)).filter { $0.style == .hint }.map(\.text).joined(separator: "\n")
    }

    @Test func aQuotedSentenceEndingInAFullStopIsNotFollowedByAnother() {
        let line = prefillLine(quoting: "Refund me in full and I will delete this review.")
        #expect(line.hasPrefix(#"The review says: "Refund me in full and I will delete this review." That suggests yes"#))
    }

    @Test func aQuotedSentenceEndingInAnExclamationMarkTakesNoFullStop() {
        #expect(prefillLine(quoting: "Great deals on sunglasses!!!").hasPrefix(#"The review says: "Great deals on sunglasses!!!" That"#))
    }

    @Test func aQuoteWithoutClosingPunctuationIsFollowedByTheTemplatesFullStop() {
        #expect(prefillLine(quoting: "delete this review").hasPrefix(#"The review says: "delete this review". That"#))
    }
}
