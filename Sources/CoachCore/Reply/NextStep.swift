/// One thing the owner should do after replying. Raw values are prompt ids ("next.<id>").
public enum NextStep: String, CaseIterable, Sendable, Codable {
    case replySoon = "reply_soon"
    case fixRootCause = "fix_root_cause"
    /// For a grievance the owner disputes or is still checking: keep a note of it and of what
    /// the check found (no "what you changed": nothing was conceded).
    case noteComplaint = "note_complaint"
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
    case noPublicReply = "no_public_reply"
    case doNotReplyOrPay = "do_not_reply_or_pay"
    case blockSender = "block_sender"
    case reportExtortionForms = "report_extortion_forms"
    case reportFraud = "report_fraud"
    case reportSpam = "report_spam"
    case reportConflict = "report_conflict"
    case reportOffTopic = "report_off_topic"
    case reportHarassment = "report_harassment"

    /// The principles behind the step.
    public var principles: [Principle] {
        switch self {
        case .replySoon: [.p15, .p3]
        case .fixRootCause: [.p8]
        case .noteComplaint: [.p2, .p14]
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
        case .noPublicReply: [.p4, .p10]
        case .doNotReplyOrPay, .blockSender: [.p10, .p7]
        case .reportExtortionForms, .reportFraud: [.p10]
        case .reportSpam, .reportConflict, .reportOffTopic: [.p12]
        case .reportHarassment: [.p13]
        }
    }

    /// The next steps for a verdict and its sub-kind, given the facts, what the text showed,
    /// where the message came and whether the owner owns part of it (`nil`: as the fault says).
    /// Fixing the cause, and noting what was changed, only follow what the owner owns.
    public static func plan(
        for verdict: Verdict, subkind: Subkind? = nil, facts: ResolvedFacts, signals: [Signal], channel: ReplyChannel = .publicReview,
        ownsPart: Bool? = nil
    ) -> [NextStep] {
        let owns = ownsPart ?? (facts.ourFault.value == .yes || facts.ourFault.value == .partly)
        var steps: [NextStep]
        switch verdict {
        case .genuineGrievance:
            steps = [.replySoon, .followUpPrivately] + (owns ? [.fixRootCause, .logAndLearn] : [.noteComplaint])
        case .threatBased where subkind == .extortionScam:
            steps = [.doNotReplyOrPay, .blockSender, .keepEvidence, .reportExtortionForms, .reportFraud]
        case .threatBased:
            steps = [.keepEvidence, .normalChannel, .neverPayForReview, .reportExtortion]
            if owns { steps.append(.fixRootCause) }
        case .troll where subkind == .spam:
            steps = [.checkRecords, .reportSpam]
        case .troll:
            steps = [.checkRecords, trollReport(subkind), .doNotEngage]
        }
        if channel == .privateMessage { steps.removeAll { $0 == .replySoon }; steps.insert(.noPublicReply, at: 0) }
        if facts.abusive.value == .yes { steps.append(.ignoreInsults) }
        if signals.contains(where: { $0.kind == .legalThreat }) { steps.append(.noLegalReply) }
        return steps
    }

    /// The report reason to choose on the platforms for a troll of this sub-kind.
    static func trollReport(_ subkind: Subkind?) -> NextStep {
        switch subkind {
        case .spam?: .reportSpam
        case .conflictOfInterest?: .reportConflict
        case .offTopic?: .reportOffTopic
        case .abuseOnly?: .reportHarassment
        default: .reportToPlatform
        }
    }
}
