import CoachCore

/// One input line of `review-coach classify`: `{"id": string, "review": string, "facts": {...}}`.
///
/// `facts` is optional and holds the owner's answers by contract name (`customer_found`,
/// `our_fault`, `demand`, `abusive`); an answer of `unsure` lets the text decide. Other top-level
/// members (such as an `expect` column in an evaluation file) are ignored. `profile` is optional
/// too: the owner profile (`{"signature": ..., "contact": ...}`) whose details go into the reply,
/// and so are `details`, `channel` and `claims` (see `ClassifyReplyInputs`).
public struct ClassifyRequest: Sendable, Equatable {
    /// The caller's id for the review, echoed in the output; `nil` when the line has none.
    public var id: String?
    public var review: String
    public var owner: OwnerFacts
    /// The line's own owner profile; `nil` when it has none (the classifier's is used then).
    public var profile: OwnerProfile?
    /// The details, channel and claim answers the line gives for the reply.
    public var replyInputs = ClassifyReplyInputs()

    public init(id: String?, review: String, owner: OwnerFacts = OwnerFacts(), profile: OwnerProfile? = nil,
                replyInputs: ClassifyReplyInputs = ClassifyReplyInputs()) {
        self.id = id
        self.review = review
        self.owner = owner
        self.profile = profile
        self.replyInputs = replyInputs
    }

    /// Parses one line (without its newline). Invalid UTF-8 inside strings becomes U+FFFD.
    public static func parse(
        _ line: UnsafeBufferPointer<UInt8>, limits: Limits = Limits()
    ) throws(ClassifyLineError) -> ClassifyRequest {
        let value: JSONValue
        do {
            value = try JSONLineParser.parse(line)
        } catch {
            throw ClassifyLineError(id: nil, message: "not valid JSON (\(error)); each line must be one JSON object such as {\"id\": \"r1\", \"review\": \"...\"}")
        }
        return try parse(value, limits: limits)
    }

    /// Parses one line given as text.
    public static func parse(_ line: String, limits: Limits = Limits()) throws(ClassifyLineError) -> ClassifyRequest {
        var line = line
        let result: Result<ClassifyRequest, ClassifyLineError> = line.withUTF8 { buffer in
            Result { () throws(ClassifyLineError) -> ClassifyRequest in try parse(buffer, limits: limits) }
        }
        return try result.get()
    }

    /// Reads the request out of a parsed JSON value.
    public static func parse(_ value: JSONValue, limits: Limits = Limits()) throws(ClassifyLineError) -> ClassifyRequest {
        guard case .object(let members) = value else {
            throw ClassifyLineError(id: nil, message: "the line is \(value.kindDescription), not a JSON object; write {\"id\": \"r1\", \"review\": \"...\"}")
        }
        if let repeated = firstRepeatedKey(members.map(\.key)) {
            throw ClassifyLineError(id: nil, message: "the member \"\(repeated)\" appears twice; keep one")
        }
        // A line has a handful of members: looking them up in order beats hashing them.
        let fields = { (name: String) in members.first { $0.key == name }?.value }

        var id: String?
        switch fields("id") {
        case nil, .null?: id = nil
        case .string(let text)?: id = text
        case let other?:
            throw ClassifyLineError(id: nil, message: "\"id\" must be a string, but it is \(other.kindDescription); write it in quotes, e.g. \"id\": \"r1\"")
        }

        let review: String
        switch fields("review") {
        case nil:
            throw ClassifyLineError(id: id, message: "missing \"review\"; give the review text as a string, e.g. \"review\": \"The soup was cold.\"")
        case .string(let text)?: review = text
        case let other?:
            throw ClassifyLineError(id: id, message: "\"review\" must be a string, but it is \(other.kindDescription); give the review text in quotes")
        }
        let size = review.utf8.count
        guard size <= limits.reviewBytes else {
            throw ClassifyLineError(id: id, message: "\"review\" is \(size) bytes, over the limit of \(limits.reviewBytes) bytes; shorten it or split it into separate reviews")
        }
        // The chat refuses an empty review too: a verdict on no text would be a made-up one.
        guard review.contains(where: { !$0.isWhitespace }) else {
            throw ClassifyLineError(id: id, message: "\"review\" is empty; give the review text, e.g. \"review\": \"The soup was cold.\"")
        }

        var owner = OwnerFacts()
        switch fields("facts") {
        case nil, .null?: break
        case .object(let facts)?:
            if let repeated = firstRepeatedKey(facts.map(\.key)) {
                throw ClassifyLineError(id: id, message: "the fact \"\(repeated)\" appears twice in \"facts\"; keep one")
            }
            for (name, answer) in facts { try record(name, answer, in: &owner, id: id) }
        case let other?:
            throw ClassifyLineError(id: id, message: "\"facts\" must be an object such as {\"demand\": \"yes\"}, but it is \(other.kindDescription)")
        }
        var profile: OwnerProfile?
        if let member = fields("profile") {
            do {
                profile = try ProfileJSON.parse(member)
            } catch {
                throw ClassifyLineError(id: id, message: "\"profile\": \(error)")
            }
        }
        let replyInputs = try ClassifyReplyInputs.parse(fields, id: id)
        return ClassifyRequest(id: id, review: review, owner: owner, profile: profile, replyInputs: replyInputs)
    }

    /// The first key that appears a second time, in order of the second appearance.
    private static func firstRepeatedKey(_ keys: [String]) -> String? {
        guard keys.count > 1 else { return nil }
        if keys.count <= 8 {
            for index in 1..<keys.count where keys[..<index].contains(keys[index]) { return keys[index] }
            return nil
        }
        var seen = Set<String>()
        return keys.first { !seen.insert($0).inserted }
    }

    private static func record(
        _ name: String, _ answer: JSONValue, in owner: inout OwnerFacts, id: String?
    ) throws(ClassifyLineError) {
        guard let fact = FactName(rawValue: name) else {
            let known = FactName.allCases.map(\.rawValue).joined(separator: ", ")
            throw ClassifyLineError(id: id, message: "unknown fact \"\(name)\" in \"facts\"; the facts are \(known)")
        }
        var accepted: String { fact.acceptedValues.joined(separator: ", ") }
        guard case .string(let text) = answer else {
            throw ClassifyLineError(id: id, message: "the fact \"\(name)\" must be a string, one of \(accepted); it is \(answer.kindDescription)")
        }
        guard owner.record(text, for: fact) else {
            throw ClassifyLineError(id: id, message: "the fact \"\(name)\" cannot be \"\(text)\"; use one of \(accepted)")
        }
    }
}

/// Why one input line could not be classified: the id when it could be read, and a message that
/// says what to change.
public struct ClassifyLineError: Error, Equatable, Sendable {
    public var id: String?
    public var message: String

    public init(id: String?, message: String) {
        self.id = id
        self.message = message
    }
}
