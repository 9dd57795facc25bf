import CoachCore

/// A practice record as JSON, the file `practice --json-report` writes and `class-report` reads:
///
///     {"format": 1, "tool_version": "0.1.0", "name": "Alex" | null, "date": "2026-11-30T18:49:26Z",
///      "seed": "7",
///      "cases": [{"id": "18", "review": "...", "expected": "threat_based",
///                 "answered": "troll" | null, "right": false | null, "principles": ["P7", "P10"],
///                 "draft": "..." | null,
///                 "rubric": {"score": 6, "max": 10, "criteria": [{"name", "points", "max", "why"}]} | null,
///                 "findings": ["non_apology"]}]}
///
/// `seed` is a string (a 64-bit unsigned number may not fit a JSON reader's number). Verdicts are
/// `genuine_grievance`, `threat_based` or `troll`; a case the session never reached has
/// `answered` and `right` null. `findings` are the reply checker's codes (as in `lint-reply --json`).
public enum PracticeRecordJSON {
    /// The record as JSON text, one object and a newline.
    public static func encode(_ record: PracticeRecord) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("format"); json.int(PracticeRecord.format)
        json.key("tool_version"); json.string(record.toolVersion)
        json.key("name"); json.optionalString(record.name)
        json.key("date"); json.string(record.date)
        json.key("seed"); json.string(String(record.seed))
        json.key("cases")
        json.beginArray()
        for item in record.cases { encode(item, into: &json) }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    private static func encode(_ item: CaseRecord, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(item.id)
        json.key("review"); json.string(item.review)
        json.key("expected"); json.string(item.expected.rawValue)
        json.key("answered"); json.optionalString(item.answered?.rawValue)
        json.key("right")
        if let right = item.isRight { json.bool(right) } else { json.null() }
        json.key("principles"); json.strings(item.principles.map(\.rawValue))
        json.key("draft"); json.optionalString(item.draft)
        json.key("rubric")
        if let rubric = item.rubric {
            json.beginObject()
            json.key("score"); json.int(rubric.score)
            json.key("max"); json.int(rubric.max)
            json.key("criteria")
            json.beginArray()
            for criterion in rubric.criteria {
                json.beginObject()
                json.key("name"); json.string(criterion.name)
                json.key("points"); json.int(criterion.points)
                json.key("max"); json.int(criterion.max)
                json.key("why"); json.string(criterion.why)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        } else {
            json.null()
        }
        json.key("findings"); json.strings(item.findings.map(\.rawValue))
        json.endObject()
    }

    /// Reads a record; the error says which member is wrong and how.
    public static func decode(_ text: String) throws(ShellError) -> PracticeRecord {
        let value: JSONValue
        do {
            value = try JSONLineParser.parse(text)
        } catch {
            throw ShellError("it is not JSON (\(error)); give the file that practice --json-report wrote")
        }
        let top = try Members(value, "the report")
        guard let format = top.optional("format")?.numberText, format == String(PracticeRecord.format) else {
            let found = top.optional("format")?.numberText ?? "none"
            let tool = (try? top.string("tool_version")) ?? "an unknown version"
            throw ShellError("it is a practice report of format \(found) (written by review-coach \(tool)); this review-coach reads format \(PracticeRecord.format): practise again with this version, or combine it with the review-coach that wrote it")
        }
        guard let seed = UInt64(try top.string("seed")) else { throw ShellError("its \"seed\" is not a whole number") }
        guard case .array(let items)? = top.optional("cases") else { throw ShellError("it has no \"cases\" array") }
        var cases: [CaseRecord] = []
        for (index, item) in items.enumerated() { cases.append(try decodeCase(item, number: index + 1)) }
        let name: String?
        switch top.optional("name") {
        case .string(let text)?: name = text
        case .null?, nil: name = nil
        default: throw ShellError("its \"name\" is not text")
        }
        return PracticeRecord(toolVersion: try top.string("tool_version"), name: name, date: try top.string("date"), seed: seed, cases: cases)
    }

    private static func decodeCase(_ value: JSONValue, number: Int) throws(ShellError) -> CaseRecord {
        let place = "case \(number)"
        let item = try Members(value, place)
        let answered: Verdict?
        if case .string = item.optional("answered") { answered = try verdict(item.string("answered"), place) } else { answered = nil }
        var principles: [Principle] = []
        for text in try item.strings("principles") {
            guard let principle = Principle(rawValue: text) else { throw ShellError("\(place): \"\(text)\" is not a principle (P1 to P17)") }
            principles.append(principle)
        }
        var findings: [FindingCode] = []
        for text in try item.strings("findings") {
            guard let code = FindingCode(rawValue: text) else { throw ShellError("\(place): \"\(text)\" is not a checker code this version knows") }
            findings.append(code)
        }
        let draft: String?
        if case .string(let text)? = item.optional("draft") { draft = text } else { draft = nil }
        var rubric: RubricRecord?
        if let value = item.optional("rubric"), value != .null {
            let members = try Members(value, place + " rubric")
            var criteria: [CriterionRecord] = []
            guard case .array(let list)? = members.optional("criteria") else { throw ShellError("\(place): the rubric has no \"criteria\" array") }
            for entry in list {
                let criterion = try Members(entry, place + " rubric criterion")
                let name = try criterion.string("name")
                guard RubricCriterion(rawValue: name) != nil else { throw ShellError("\(place): \"\(name)\" is not a rubric criterion this version knows") }
                criteria.append(CriterionRecord(name: name, points: try criterion.int("points"), max: try criterion.int("max"), why: try criterion.string("why")))
            }
            rubric = RubricRecord(score: try members.int("score"), max: try members.int("max"), criteria: criteria)
        }
        return CaseRecord(id: try item.string("id"), review: try item.string("review"), expected: try verdict(item.string("expected"), place),
                          answered: answered, principles: principles, draft: draft, rubric: rubric, findings: findings)
    }

    private static func verdict(_ text: String, _ place: String) throws(ShellError) -> Verdict {
        guard let verdict = Verdict(rawValue: text) else {
            throw ShellError("\(place): \"\(text)\" is not a verdict (genuine_grievance, threat_based or troll)")
        }
        return verdict
    }

    /// An object's members, read with errors that name where they are.
    private struct Members {
        let members: [(key: String, value: JSONValue)]
        let place: String

        init(_ value: JSONValue, _ place: String) throws(ShellError) {
            guard case .object(let members) = value else { throw ShellError("\(place) is \(value.kindDescription), not an object") }
            self.members = members
            self.place = place
        }

        func optional(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }

        func string(_ key: String) throws(ShellError) -> String {
            guard case .string(let text)? = optional(key) else { throw ShellError("\(place): \"\(key)\" is missing or not text") }
            return text
        }

        func int(_ key: String) throws(ShellError) -> Int {
            guard let text = optional(key)?.numberText, let number = Int(text) else { throw ShellError("\(place): \"\(key)\" is missing or not a whole number") }
            return number
        }

        func strings(_ key: String) throws(ShellError) -> [String] {
            guard case .array(let items)? = optional(key) else { throw ShellError("\(place): \"\(key)\" is missing or not a list") }
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item else { throw ShellError("\(place): \"\(key)\" holds \(item.kindDescription), not text") }
                result.append(text)
            }
            return result
        }
    }
}

extension JSONValue {
    /// The text of a number value, nil for anything else.
    var numberText: String? { if case .number(let text) = self { text } else { nil } }
}
