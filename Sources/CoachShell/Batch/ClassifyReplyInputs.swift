import CoachCore

/// The members of a classify line that shape the reply beyond the facts: `"details"` (what went
/// wrong, what was done, contact, name; they win over the profile), `"channel"` and `"claims"`
/// (the owner's stance and note on each claim, by id or category).
public struct ClassifyReplyInputs: Sendable, Equatable {
    public var details = ReplyDetails()
    public var channel: ReplyChannel = .publicReview
    /// By claim id or category; `nil` when the line gives no `"claims"`.
    public var answers: [String: ClaimAnswer]?

    public init() {}

    /// Whether the line gives none of them (its response may then come from the cache).
    public var isDefault: Bool { self == ClassifyReplyInputs() }

    /// Reads the three members from a line's fields.
    static func parse(_ fields: (String) -> JSONValue?, id: String?) throws(ClassifyLineError) -> ClassifyReplyInputs {
        var inputs = ClassifyReplyInputs()
        switch fields("details") {
        case nil, .null?: break
        case .object(let members)?:
            for (key, value) in members {
                guard let detail = ReplyDetail(rawValue: key) else {
                    let known = ReplyDetail.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ClassifyLineError(id: id, message: "unknown detail \"\(key)\" in \"details\"; the details are \(known)")
                }
                guard case .string(let text) = value else {
                    throw ClassifyLineError(id: id, message: "the detail \"\(key)\" must be a string; it is \(value.kindDescription)")
                }
                inputs.details[detail] = text
            }
        case let other?:
            throw ClassifyLineError(id: id, message: "\"details\" must be an object such as {\"contact\": \"call the shop\"}, but it is \(other.kindDescription)")
        }
        switch fields("channel") {
        case nil, .null?: break
        case .string(let text)? where ReplyChannel(rawValue: text) != nil: inputs.channel = ReplyChannel(rawValue: text) ?? .publicReview
        case let other?:
            let known = ReplyChannel.allCases.map(\.rawValue).joined(separator: ", ")
            throw ClassifyLineError(id: id, message: "\"channel\" must be one of \(known); it is \(other.kindDescription)")
        }
        switch fields("claims") {
        case nil, .null?: break
        case .array(let items)?:
            var answers: [String: ClaimAnswer] = [:]
            for item in items {
                let (key, answer) = try claim(item, id: id)
                answers[key] = answer
            }
            inputs.answers = answers
        case let other?:
            throw ClassifyLineError(id: id, message: "\"claims\" must be an array such as [{\"category\": \"pests\", \"stance\": \"false\"}], but it is \(other.kindDescription)")
        }
        return inputs
    }

    private static func claim(_ item: JSONValue, id: String?) throws(ClassifyLineError) -> (String, ClaimAnswer) {
        let stances = ClaimStance.allCases.map(\.rawValue).joined(separator: ", ")
        guard case .object(let members) = item else {
            throw ClassifyLineError(id: id, message: "each claim must be an object such as {\"id\": \"c1\", \"stance\": \"partly\"}; one is \(item.kindDescription)")
        }
        func string(_ name: String) throws(ClassifyLineError) -> String? {
            switch members.first(where: { $0.key == name })?.value {
            case nil, .null?: return nil
            case .string(let text)?: return text
            case let other?: throw ClassifyLineError(id: id, message: "the claim's \"\(name)\" must be a string; it is \(other.kindDescription)")
            }
        }
        let key: String
        if let claimID = try string("id") {
            key = claimID
        } else if let category = try string("category") {
            guard ClaimCategory(rawValue: category) != nil else {
                let known = ClaimCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw ClassifyLineError(id: id, message: "unknown claim category \"\(category)\"; the categories are \(known)")
            }
            key = category
        } else {
            throw ClassifyLineError(id: id, message: "each claim needs an \"id\" (such as \"c1\") or a \"category\" (such as \"pests\")")
        }
        let raw = try string("stance") ?? ClaimStance.unknown.rawValue
        guard let stance = ClaimStance(rawValue: raw) else {
            throw ClassifyLineError(id: id, message: "the claim's \"stance\" cannot be \"\(raw)\"; use one of \(stances)")
        }
        return (key, ClaimAnswer(stance: stance, note: try string("note")))
    }
}
