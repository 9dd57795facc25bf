import CoachCore

/// The result of `review-coach lint-reply --json`:
/// `{"findings": [{"code", "text", "advice", "principle", "rewrite", "platforms"?}], "clean": bool}`,
/// keys in that order; `platforms` only for `platform_rule`.
public struct LintReport: Sendable, Equatable {
    /// One finding with its advice, principle and rewrite rendered from the catalogue.
    public struct Item: Sendable, Equatable {
        public var code: String
        public var text: String
        public var advice: String
        public var principle: String
        public var rewrite: String
        /// The platforms whose rule a `platform_rule` finding breaks (empty for other codes).
        public var platforms: [String]
    }

    public var findings: [Item]
    public var clean: Bool { findings.isEmpty }

    /// The report for the checker's findings, with advice from prompts/lint.txt.
    public init(findings: [Finding], renderer: EventRenderer) {
        self.findings = findings.map {
            Item(code: $0.code.rawValue, text: $0.text, advice: renderer.advice(for: $0.code),
                 principle: renderer.principle(for: $0.code), rewrite: renderer.rewrite(for: $0.code),
                 platforms: $0.platforms.map(\.rawValue))
        }
    }

    /// The report as one JSON object (no newline).
    public var json: String {
        var json = JSONWriter()
        json.beginObject()
        json.key("findings")
        json.beginArray()
        for item in findings {
            json.beginObject()
            for (key, value) in [("code", item.code), ("text", item.text), ("advice", item.advice),
                                 ("principle", item.principle), ("rewrite", item.rewrite)] {
                json.key(key)
                json.string(value)
            }
            if item.code == FindingCode.platformRule.rawValue {
                json.key("platforms")
                json.strings(item.platforms)
            }
            json.endObject()
        }
        json.endArray()
        json.key("clean")
        json.bool(clean)
        json.endObject()
        return json.text
    }
}
