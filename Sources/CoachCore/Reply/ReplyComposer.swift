/// Drafts the public reply for a verdict from the templates in prompts/ ("reply.<template>"),
/// filled with the owner's details or, where a detail is missing, its default wording
/// ("detail.default.<detail>").
public struct ReplyComposer: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The template a verdict and the facts call for.
    public static func template(for verdict: Verdict, facts: ResolvedFacts) -> ReplyTemplate {
        switch verdict {
        case .genuineGrievance:
            switch facts.ourFault.value {
            case .yes, .partly: .genuineOurFault
            case .no, .unsure: .genuineNotOurFault
            }
        case .threatBased: .threat
        case .troll: .troll
        }
    }

    /// The reply text, in the wording of the business's industry where it has its own.
    public func compose(verdict: Verdict, facts: ResolvedFacts, details: ReplyDetails, industry: Industry? = nil) -> String {
        var values: [String: String] = [:]
        for detail in ReplyDetail.allCases {
            let given = details[detail].map { Self.clean($0, detail: detail) } ?? ""
            values[detail.rawValue] = given.isEmpty ? catalog.text("detail.default.\(detail.rawValue)") : given
        }
        let template = Self.template(for: verdict, facts: facts)
        return catalog.text(template.key(for: industry), values)
    }

    /// Trims the owner's words and shapes them for the template: an action reads as a sentence.
    static func clean(_ raw: String, detail: ReplyDetail) -> String {
        var text = raw.trimmingWhitespace()
        while let last = text.last, last == "." || last == "!" { text.removeLast() }
        guard detail == .whatWeDid, let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + "."
    }
}

/// The reply templates in prompts/. Raw values are the ids after "reply.".
public enum ReplyTemplate: String, CaseIterable, Sendable, Hashable {
    case genuineOurFault = "genuine_our_fault"
    case genuineNotOurFault = "genuine_not_our_fault"
    case threat
    case troll

    /// The industries whose replies need wording of their own: a clinic never confirms in
    /// public that someone was, or was not, a patient, nor talks about their care.
    public static let industriesWithOwnWording: [Industry] = [.healthcare]

    /// The prompt key of this template for a business of `industry`.
    public func key(for industry: Industry?) -> String {
        guard let industry, Self.industriesWithOwnWording.contains(industry) else { return "reply.\(rawValue)" }
        return "reply.\(rawValue).\(industry.rawValue)"
    }
}
