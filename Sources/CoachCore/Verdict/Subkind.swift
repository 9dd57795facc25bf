/// What kind of threat or troll a review is, so the next steps can differ. Raw values are the
/// contract strings of classify's `"subkind"`. A genuine grievance has none.
public enum Subkind: String, Sendable, CaseIterable {
    /// The reviewer's own demand: something asked for in exchange for the review.
    case customerDemand = "customer_demand"
    /// A scam: a third party, a payment channel, a count of reviews, or no customer at all.
    case extortionScam = "extortion_scam"
    case neverCustomer = "never_customer"
    case spam
    /// An ex-employee or a rival.
    case conflictOfInterest = "conflict_of_interest"
    case wrongBusiness = "wrong_business"
    /// A boycott or a news-driven review bomb.
    case offTopic = "off_topic"
    /// The owner has no record of them and the text gives no other cue.
    case noRecord = "no_record"
    /// The owner has no record of them and the text is abuse with no experience in it.
    case abuseOnly = "abuse_only"
}

/// One piece of evidence for a sub-kind: the cue (a contract string) and the review's words.
public struct SubkindEvidence: Sendable, Equatable {
    public var cue: String
    public var text: String

    public init(cue: String, text: String) {
        self.cue = cue
        self.text = text
    }
}

extension Assessment {
    /// The sub-kind of the verdict and the evidence that decided it (nil and empty for a genuine grievance).
    public var subkind: (kind: Subkind, evidence: [SubkindEvidence])? {
        switch verdict {
        case .genuineGrievance:
            return nil
        case .threatBased:
            let demand = signals.first { $0.kind == .demand }
            // Once the owner has found the reviewer among the customers, only someone else
            // behind the demand makes it a scam: a customer may count reviews or name a way to pay.
            let isCustomer = facts.customerFound.value == .yes
            if let cue = signals.lazy.compactMap(\.cue).first(where: { !isCustomer || $0.kind == .thirdParty }) {
                return (.extortionScam, [SubkindEvidence(cue: cue.kind.rawValue, text: cue.text)])
            }
            if !isCustomer, let never = signals.first(where: { $0.kind == .neverCustomer || $0.kind == .spam }) {
                return (.extortionScam, [SubkindEvidence(cue: never.kind.rawValue, text: never.text)])
            }
            return (.customerDemand, demand.map { [SubkindEvidence(cue: SignalKind.demand.rawValue, text: $0.text)] } ?? [])
        case .troll:
            for kind in SignalKind.impliesNoCustomer {
                if let s = signals.first(where: { $0.kind == kind }), let sub = Subkind(rawValue: kind.rawValue) {
                    return (sub, [SubkindEvidence(cue: kind.rawValue, text: s.text)])
                }
            }
            let hasDetail = signals.contains { $0.kind == .specificDetail }
            if let abuse = signals.first(where: { $0.kind == .abusive }), !hasDetail {
                return (.abuseOnly, [SubkindEvidence(cue: SignalKind.abusive.rawValue, text: abuse.text)])
            }
            return (.noRecord, [])
        }
    }
}
