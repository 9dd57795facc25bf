/// The kinds of thing the signal detectors notice in a review. Raw values are the contract strings.
public enum SignalKind: String, CaseIterable, Sendable, Codable {
    /// Something asked for in exchange for a review (posting, not posting, removing, changing it),
    /// or a threat to post publicly unless something is given. Implies `demand = yes`.
    case demand
    /// The writer says they were never a customer. Implies `customer_found = no`.
    case neverCustomer = "never_customer"
    /// Promotional links or advertising unrelated to a visit. Implies `customer_found = no`.
    case spam
    /// The writer has a conflict of interest: an ex-employee, a rival. Implies `customer_found = no`.
    case conflictOfInterest = "conflict_of_interest"
    /// The review is about a different business. Implies `customer_found = no`.
    case wrongBusiness = "wrong_business"
    /// Not about a visit: a boycott, the news, politics. Implies `customer_found = no`.
    case offTopic = "off_topic"
    /// Insults or slurs aimed at people. Implies `abusive = yes`.
    case abusive
    /// The writer threatens legal action (lawyers, suing, small claims). Informational.
    case legalThreat = "legal_threat"
    /// Specific details of a real visit: dates, times, order numbers, staff names. Informational.
    case specificDetail = "specific_detail"
    /// Shouting: words in capitals or runs of exclamation marks. Informational.
    case shouting
}

extension SignalKind {
    /// The kinds that imply `customer_found = no`, in the order a troll's sub-kind is chosen.
    public static let impliesNoCustomer: [SignalKind] = [.spam, .conflictOfInterest, .wrongBusiness, .offTopic, .neverCustomer]
}

/// One thing a detector noticed, with the exact span of the review it quotes.
public struct Signal: Sendable, Equatable, Hashable {
    public var kind: SignalKind
    /// The quoted span, exactly as it appears in the review.
    public var text: String
    /// Where the span starts, in UTF-8 bytes from the start of the review (for ordering and highlighting).
    public var offset: Int
    /// For a demand: what marks it as an extortion scam, with the words that show it.
    public var cue: (kind: ExtortionCue, text: String)? {
        get { cueKind.map { ($0, cueText) } }
        set { cueKind = newValue?.kind; cueText = newValue?.text ?? "" }
    }
    private var cueKind: ExtortionCue?
    private var cueText = ""

    public init(kind: SignalKind, text: String, offset: Int) {
        self.kind = kind
        self.text = text
        self.offset = offset
    }
}

/// What marks a demand as an extortion scam rather than a customer's own demand.
public enum ExtortionCue: String, Sendable, CaseIterable, Hashable {
    /// Someone else ordered or paid the writer to post reviews.
    case thirdParty = "third_party"
    /// Payment asked in a channel scammers use: gift cards, crypto, PayPal, Zelle.
    case paymentChannel = "payment_channel"
    /// A count of reviews posted or threatened ("35 negative reviews").
    case reviewCount = "review_count"
}
