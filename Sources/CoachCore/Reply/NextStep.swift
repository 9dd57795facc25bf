/// One thing the owner should do after replying. Raw values are prompt ids ("next.<id>").
public enum NextStep: String, CaseIterable, Sendable, Codable {
    case replySoon = "reply_soon"
    case fixRootCause = "fix_root_cause"
    case followUpPrivately = "follow_up_privately"
    case logAndLearn = "log_and_learn"
    case keepEvidence = "keep_evidence"
    case normalChannel = "normal_channel"
    case reportExtortion = "report_extortion"
    case neverPayForReview = "never_pay_for_review"
    case checkRecords = "check_records"
    case reportToPlatform = "report_to_platform"
    case doNotEngage = "do_not_engage"
    case ignoreInsults = "ignore_insults"
    case noLegalReply = "no_legal_reply"

    /// The principles behind the step.
    public var principles: [Principle] {
        switch self {
        case .replySoon: [.p15, .p3]
        case .fixRootCause: [.p8]
        case .followUpPrivately: [.p5, .p17]
        case .logAndLearn: [.p8, .p14]
        case .keepEvidence: [.p10]
        case .normalChannel: [.p10, .p11]
        case .reportExtortion: [.p10]
        case .neverPayForReview: [.p7]
        case .checkRecords: [.p2]
        case .reportToPlatform: [.p12]
        case .doNotEngage: [.p12, .p4]
        case .ignoreInsults: [.p13]
        case .noLegalReply: [.p6]
        }
    }

    /// The next steps for a verdict, given the facts and what the text showed.
    public static func plan(
        for verdict: Verdict, facts: ResolvedFacts, signals: [Signal]
    ) -> [NextStep] {
        var steps: [NextStep]
        switch verdict {
        case .genuineGrievance:
            steps = [.replySoon, .followUpPrivately, .fixRootCause, .logAndLearn]
        case .threatBased:
            steps = [.keepEvidence, .normalChannel, .neverPayForReview, .reportExtortion]
            if facts.ourFault.value == .yes || facts.ourFault.value == .partly { steps.append(.fixRootCause) }
        case .troll:
            steps = [.checkRecords, .reportToPlatform, .doNotEngage]
        }
        if facts.abusive.value == .yes { steps.append(.ignoreInsults) }
        if signals.contains(where: { $0.kind == .legalThreat }) { steps.append(.noLegalReply) }
        return steps
    }
}
