import CoachCore

/// One output line of `review-coach classify` for a review that was classified.
///
/// Keys are written in the contract's order: `id`, `classification`, `facts` (each
/// `{"value", "source"}`, in the order of `FactName.allCases`), `signals` (`{"kind", "text"}`),
/// `subkind` (null for a genuine grievance), `subkind_evidence` (`{"cue", "text"}`), `claims`
/// (`{"id", "category", "text", "stance"}`, most serious first), `reasons`, `principles`,
/// `replies` (`{"style": "short"|"full", "text"}`, empty when no public reply should be posted),
/// `reply` (the recommended one, or empty), `next_steps`.
public struct ClassifyResponse: Sendable, Equatable {
    /// One resolved fact with where its value came from.
    public struct Fact: Sendable, Equatable {
        public var name: String
        public var value: String
        public var source: String
    }

    public var id: String?
    public var classification: String
    public var facts: [Fact]
    public var signals: [(kind: String, text: String)]
    public var subkind: String?
    public var subkindEvidence: [SubkindEvidence]
    public var claims: [AnsweredClaim]
    public var reasons: [String]
    public var principles: [String]
    /// The reply's versions by style (`short`, `full`); empty when none should be posted.
    public var replies: [(style: String, text: String)]
    public var reply: String
    public var nextSteps: [String]

    /// The response for an assessment, with the sentences rendered from the catalogue.
    public init(id: String?, assessment: Assessment, renderer: EventRenderer) {
        self.id = id
        classification = assessment.verdict.rawValue
        facts = FactName.allCases.map { name in
            let (value, source) = assessment.facts.contractValue(of: name)
            return Fact(name: name.rawValue, value: value, source: source.rawValue)
        }
        signals = assessment.signals.map { ($0.kind.rawValue, $0.text) }
        let sub = assessment.subkind
        subkind = sub?.kind.rawValue
        subkindEvidence = sub?.evidence ?? []
        reasons = renderer.reasons(for: assessment)
        principles = assessment.principles.map(\.rawValue)
        claims = assessment.claims
        let composed = assessment.composed
        replies = composed.withheld == nil ? [("short", composed.short), ("full", composed.full)] : []
        reply = composed.withheld == nil ? composed.recommended : ""
        nextSteps = renderer.nextSteps(assessment.nextSteps)
    }

    /// Writes the response as one JSON object (no newline).
    public func encode(into json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.optionalString(id)
        encodeHead(into: &json)
        Self.encodeSignals(signals, into: &json)
        Self.encodeSubkind(subkind, subkindEvidence, into: &json)
        Self.encodeClaims(claims, into: &json)
        json.key("reasons")
        json.strings(reasons)
        encodeTail(into: &json)
        json.endObject()
    }

    /// The members after the id: classification and facts.
    func encodeHead(into json: inout JSONWriter) {
        json.key("classification")
        json.string(classification)
        json.key("facts")
        json.beginObject()
        for fact in facts {
            json.key(fact.name)
            json.stringObject(["value": fact.value, "source": fact.source])
        }
        json.endObject()
    }

    /// The `subkind` and `subkind_evidence` members.
    static func encodeSubkind(_ subkind: String?, _ evidence: [SubkindEvidence], into json: inout JSONWriter) {
        json.key("subkind")
        json.optionalString(subkind)
        json.key("subkind_evidence")
        json.beginArray()
        for e in evidence { json.stringObject(["cue": e.cue, "text": e.text]) }
        json.endArray()
    }

    /// The `claims` member.
    static func encodeClaims(_ claims: [AnsweredClaim], into json: inout JSONWriter) {
        json.key("claims")
        json.stringObjects(claims) { c in
            ["id": c.claim.id, "category": c.claim.category.rawValue, "text": c.claim.text, "stance": c.answer.stance.rawValue]
        }
    }

    /// The `signals` member.
    static func encodeSignals(_ signals: some Sequence<(kind: String, text: String)>, into json: inout JSONWriter) {
        json.key("signals")
        json.beginArray()
        for signal in signals {
            json.beginObject()
            json.key("kind")
            json.string(signal.kind)
            json.key("text")
            json.string(signal.text)
            json.endObject()
        }
        json.endArray()
    }

    /// The members after the reasons: principles, reply and next steps.
    func encodeTail(into json: inout JSONWriter) {
        json.key("principles")
        json.strings(principles)
        json.key("replies")
        json.stringObjects(replies) { ["style": $0.style, "text": $0.text] }
        json.key("reply")
        json.string(reply)
        json.key("next_steps")
        json.strings(nextSteps)
    }

    /// The response as one line of JSON (no newline).
    public var json: String {
        var writer = JSONWriter()
        encode(into: &writer)
        return writer.text
    }

    public static func == (lhs: ClassifyResponse, rhs: ClassifyResponse) -> Bool {
        lhs.json == rhs.json
    }
}

/// The output line for an input line that could not be classified:
/// `{"id" (when known), "line": N, "error": "..."}`.
public struct ClassifyErrorLine: Sendable, Equatable {
    public var id: String?
    /// The 1-based line number in the input, counting blank lines.
    public var line: Int
    public var error: String

    public init(id: String?, line: Int, error: String) {
        self.id = id
        self.line = line
        self.error = error
    }

    /// Writes the error as one JSON object (no newline); `id` is left out when unknown.
    public func encode(into json: inout JSONWriter) {
        json.beginObject()
        if let id {
            json.key("id")
            json.string(id)
        }
        json.key("line")
        json.int(line)
        json.key("error")
        json.string(error)
        json.endObject()
    }

    /// The error as one line of JSON (no newline).
    public var json: String {
        var writer = JSONWriter()
        encode(into: &writer)
        return writer.text
    }
}
