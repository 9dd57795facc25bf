import CoachCore

/// The result of `review-coach lint-reply --json`:
/// `{"findings": [{"code", "text", "advice", "principle", "rewrite", "platforms"?}], "rubric"?: {"score",
/// "max", "criteria": [{"name", "points", "max", "why"}]}, "clean": bool}`, keys in that order;
/// `platforms` only for `platform_rule`, `rubric` only when the verdict is given.
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

    /// One criterion of the rubric, its points and the reason in words.
    public struct Criterion: Sendable, Equatable {
        public var name: String
        public var points: Int
        public var max: Int
        public var why: String
    }

    /// The rubric's total and criteria, when the case is known (`--verdict`).
    public struct Rubric: Sendable, Equatable {
        public var score: Int
        public var max: Int
        public var criteria: [Criterion]
    }

    public var findings: [Item]
    public var rubric: Rubric?
    public var clean: Bool { findings.isEmpty }

    /// The report for the checker's findings, with advice from prompts/lint.txt, and the
    /// rubric's grade in words from prompts/teaching.txt when there is one.
    public init(findings: [Finding], renderer: EventRenderer, rubric grade: RubricGrade? = nil) {
        self.findings = findings.map {
            Item(code: $0.code.rawValue, text: $0.text, advice: renderer.advice(for: $0.code),
                 principle: renderer.principle(for: $0.code), rewrite: renderer.rewrite(for: $0.code),
                 platforms: $0.platforms.map(\.rawValue))
        }
        let words = RubricRenderer(catalog: renderer.catalog)
        rubric = grade.map { grade in
            Rubric(score: grade.score, max: grade.max, criteria: grade.marks.map {
                Criterion(name: $0.criterion.rawValue, points: $0.points, max: RubricCriterion.maxPoints, why: words.why($0))
            })
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
        if let rubric {
            json.key("rubric")
            json.beginObject()
            Self.ints([("score", rubric.score), ("max", rubric.max)], into: &json)
            json.key("criteria")
            json.beginArray()
            for c in rubric.criteria {
                json.beginObject()
                json.key("name")
                json.string(c.name)
                Self.ints([("points", c.points), ("max", c.max)], into: &json)
                json.key("why")
                json.string(c.why)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.key("clean")
        json.bool(clean)
        json.endObject()
        return json.text
    }

    /// Writes whole-number members in order.
    private static func ints(_ members: [(String, Int)], into json: inout JSONWriter) {
        for (key, value) in members {
            json.key(key)
            json.int(value)
        }
    }
}
