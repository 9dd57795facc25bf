import CoachCore

/// The result of `review-coach lint-reply --json`:
/// `{"findings": [{"code", "text", "advice"}], "clean": bool}`, keys in that order.
public struct LintReport: Sendable, Equatable {
    /// One finding with its advice rendered from the catalogue.
    public struct Item: Sendable, Equatable {
        public var code: String
        public var text: String
        public var advice: String
    }

    public var findings: [Item]
    public var clean: Bool { findings.isEmpty }

    /// The report for the checker's findings, with advice from prompts/lint.txt.
    public init(findings: [Finding], renderer: EventRenderer) {
        self.findings = findings.map {
            Item(code: $0.code.rawValue, text: $0.text, advice: renderer.advice(for: $0.code))
        }
    }

    /// The report as one JSON object (no newline).
    public var json: String {
        var json = JSONWriter()
        json.beginObject()
        json.key("findings")
        json.stringObjects(findings) { ["code": $0.code, "text": $0.text, "advice": $0.advice] }
        json.key("clean")
        json.bool(clean)
        json.endObject()
        return json.text
    }
}
