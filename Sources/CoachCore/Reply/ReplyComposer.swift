import CoachText

/// Drafts the public reply from what the review claims, the owner's stance on each claim, the
/// business's profile and the verdict. Every sentence is a prompt in prompts/ (`reply.*` for the
/// frame, `claim.*` for the answer to each claim); the data chooses which ones. A detail the owner
/// skipped leaves its sentence out, so nothing is promised that the owner did not give. The
/// opening and closing sentences come in `variants` wordings, chosen from the review's text, so
/// that replies to reviews with the same claims do not all read alike.
public struct ReplyComposer: Sendable {
    public let catalog: PromptCatalog

    /// The most claims a full reply answers (most serious first); a short one answers the first.
    public static let maxClaims = 4

    /// How many wordings each opening and closing has (`reply.open`, `reply.open.2`, ...).
    public static let variants = 3
    /// The frame sentences that have `variants` wordings.
    static let variedKeys = [
        "reply.open", "reply.open.detail", "reply.open.threat", "reply.open.troll",
        "reply.close.own", "reply.close.listen", "reply.close.threat", "reply.close.troll", "reply.close.private",
    ]

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The wording a review's reply uses (0 ..< `variants`): the same review always gets the same.
    public static func variant(of review: String) -> Int {
        Int(TextHash.of(review) % UInt64(variants))
    }

    /// What the composer reads.
    public struct Input: Sendable {
        public var verdict: Verdict
        public var subkind: Subkind?
        public var facts: ResolvedFacts
        public var claims: [AnsweredClaim]
        public var details: ReplyDetails
        public var industry: Industry?
        public var channel: ReplyChannel
        /// Which wording of the frame sentences to use (see `variant(of:)`).
        public var variant: Int

        public init(verdict: Verdict, subkind: Subkind?, facts: ResolvedFacts, claims: [AnsweredClaim],
                    details: ReplyDetails, industry: Industry?, channel: ReplyChannel, variant: Int = 0) {
            self.verdict = verdict
            self.subkind = subkind
            self.facts = facts
            self.claims = claims
            self.details = details
            self.industry = industry
            self.channel = channel
            self.variant = variant
        }
    }

    /// Why no public reply should be posted for this input, if so.
    public static func withheld(_ input: Input) -> WithheldReply? {
        // A stranger's scam is named as one wherever it came: "do not answer it at all" says
        // more than "nothing to answer in public".
        switch input.subkind {
        case .extortionScam?: return .extortionScam
        case .spam?: return .spam
        default: return input.channel == .privateMessage ? .privateMessage : nil
        }
    }

    /// The reply, short and full, or the reason none should be posted.
    public func compose(_ input: Input) -> ComposedReply {
        if let reason = Self.withheld(input) { return ComposedReply(withheld: reason) }
        let (details, heldBack) = checkedDetails(input)
        let claims = Array(input.claims.prefix(Self.maxClaims))
        var sentences = ClaimSentences(catalog: catalog, industry: input.industry)
        sentences.faultDenied = Self.faultDenied(input.facts)
        let privacy = input.industry.flatMap { catalog.optionalText("reply.privacy.\($0.rawValue)") }
        let frame = { (key: String, values: [String: String]) in self.frame(key, values, variant: input.variant) }
        var open: String
        var body: [String]
        let close: String
        let owns = Self.ownsPart(claims: claims, facts: input.facts)
        switch input.verdict {
        case .troll:
            open = frame("reply.open.troll", [:])
            body = privacy.map { [$0] } ?? [catalog.text("reply.troll.\((input.subkind ?? .noRecord).rawValue)")]
            close = frame(privacy == nil ? "reply.close.troll" : "reply.close.private", details)
            let text = Self.join([open + " " + body.joined(separator: " "), close, details["name"] ?? ""])
            return ComposedReply(short: text, full: text, heldBack: heldBack)
        case .threatBased:
            open = frame("reply.open.threat", [:])
            close = frame(privacy == nil ? "reply.close.threat" : "reply.close.private", details)
        case .genuineGrievance:
            open = details["what_went_wrong"].map { frame("reply.open.detail", ["what_went_wrong": $0]) }
                ?? frame("reply.open", [:])
            close = frame(privacy != nil ? "reply.close.private" : owns ? "reply.close.own" : "reply.close.listen", details)
        }
        body = sentences.answers(claims, generalStance: ClaimStance(fault: input.facts.ourFault.value))
        if let privacy { open += " " + privacy }
        // What was changed is said only for something the owner owns: after a correction, "we
        // have changed ..." would concede what they deny.
        let done = owns ? details["what_we_did"] : nil
        let full = Self.join([open, body.joined(separator: " "), done ?? "", close, details["name"] ?? ""])
        let short = Self.join([open, body.first ?? "", close, details["name"] ?? ""])
        return ComposedReply(short: short, full: full, heldBack: heldBack)
    }

    /// The owner's details shaped for the prompts, with the words they typed themselves (what went
    /// wrong, what was done, each claim's note) checked first, as the business's industry reads
    /// them: one with findings is left out of the reply and returned, to show the owner.
    func checkedDetails(_ input: Input) -> (details: [String: String], heldBack: [HeldBackNote]) {
        var details = cleanedDetails(input.details)
        var heldBack: [HeldBackNote] = []
        for detail in [ReplyDetail.whatWentWrong, .whatWeDid] {
            guard let typed = input.details[detail] else { continue }
            let findings = OwnerNote.findings(typed, industry: input.industry)
            if findings.isEmpty { continue }
            details[detail.rawValue] = nil
            heldBack.append(HeldBackNote(note: typed, findings: findings))
        }
        for claim in input.claims.prefix(Self.maxClaims) {
            let findings = OwnerNote.findings(claim.answer.note, industry: input.industry)
            if !findings.isEmpty { heldBack.append(HeldBackNote(note: claim.answer.note ?? "", findings: findings)) }
        }
        return (details, heldBack)
    }

    /// Whether the owner owns part of what happened: a claim they called true or partly, or, for a
    /// review with no claim found, "yes" or "partly" to our fault. Only then does a reply say what
    /// was changed, and the next steps say to fix the cause.
    public static func ownsPart(claims: [AnsweredClaim], facts: ResolvedFacts) -> Bool {
        ownsPart(stances: claims.map { ($0.claim.category, $0.answer.stance) }, facts: facts)
    }

    /// The same from each claim's category and the owner's stance on it (the interview asks
    /// what was done only then). A claim called true after "nothing went wrong on our side" is a
    /// fact explained, not owned, unless it is about safety or health.
    public static func ownsPart(stances: [(ClaimCategory, ClaimStance)], facts: ResolvedFacts) -> Bool {
        if stances.isEmpty { return [ClaimStance.true, .partly].contains(ClaimStance(fault: facts.ourFault.value)) }
        let denied = faultDenied(facts)
        return stances.contains { category, stance in
            stance == .partly || (stance == .true && !isExplained(category, stance, faultDenied: denied))
        }
    }

    /// Whether the owner said, in their own answer, that nothing went wrong on their side.
    static func faultDenied(_ facts: ResolvedFacts) -> Bool {
        facts.ourFault.source == .owner && facts.ourFault.value == .no
    }

    /// Whether a claim is explained rather than owned or apologised for: called true after the
    /// owner denied any fault ("yes, that is our fee"), and not about safety or health.
    static func isExplained(_ category: ClaimCategory, _ stance: ClaimStance, faultDenied: Bool) -> Bool {
        faultDenied && stance == .true && !category.isSerious
    }

    /// A frame sentence in the chosen wording (`key` itself for the first, `key.<n+1>` after).
    func frame(_ key: String, _ values: [String: String], variant: Int) -> String {
        let varied = variant == 0 ? key : "\(key).\(variant + 1)"
        return catalog.text(catalog.has(varied) ? varied : key, values)
    }

    /// The owner's details shaped for the prompts; a skipped detail is left out, except the
    /// contact and the signature, which have a default wording.
    func cleanedDetails(_ details: ReplyDetails) -> [String: String] {
        var values: [String: String] = [:]
        for detail in ReplyDetail.allCases {
            let given = details[detail].map { Self.clean($0, detail: detail) } ?? ""
            if !given.isEmpty {
                values[detail.rawValue] = given
            } else if let fallback = catalog.optionalText("detail.default.\(detail.rawValue)") {
                values[detail.rawValue] = fallback
            }
        }
        return values
    }

    /// Non-empty lines, one per line.
    static func join(_ lines: [String]) -> String {
        lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Trims the owner's words and shapes them for the template: an action reads as a sentence.
    static func clean(_ raw: String, detail: ReplyDetail) -> String {
        var text = raw.trimmingWhitespace()
        while let last = text.last, last == "." || last == "!" { text.removeLast() }
        guard detail == .whatWeDid, let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + "."
    }

    /// Every prompt key the composer can use.
    public static var promptKeys: Set<String> {
        var keys: Set<String> = [
            "claim.partly", "claim.note", "claim.true.several", "claim.explained", "claim.explained.note", "claim.unknown.also", "claim.list.two", "claim.list.more",
            "detail.default.contact", "detail.default.name",
        ]
        for key in variedKeys {
            keys.insert(key)
            for n in 2...variants { keys.insert("\(key).\(n)") }
        }
        for industry in ClaimSentences.privateIndustries { keys.insert("reply.privacy.\(industry.rawValue)") }
        for stance in ClaimStance.allCases { keys.insert("reply.general.\(stance.rawValue)") }
        keys.insert("reply.general.private")
        for sub in Subkind.allCases where ![.customerDemand, .extortionScam, .spam].contains(sub) {
            keys.insert("reply.troll.\(sub.rawValue)")
        }
        for reason in WithheldReply.allCases { keys.insert("reply.none.\(reason.rawValue)") }
        for category in ClaimCategory.allCases {
            for part in ["topic", "true", "false", "unknown", "private"] { keys.insert("claim.\(category.rawValue).\(part)") }
        }
        return keys
    }
}

/// A drafted reply in two lengths, or the reason no public reply should be posted.
public struct ComposedReply: Sendable, Equatable {
    public var short: String
    public var full: String
    public var withheld: WithheldReply?
    /// The owner's own words left out because the checker found something in them.
    public var heldBack: [HeldBackNote] = []

    public init(short: String, full: String, heldBack: [HeldBackNote] = []) {
        self.short = short
        self.full = full
        self.withheld = nil
        self.heldBack = heldBack
    }

    public init(withheld: WithheldReply) {
        self.short = ""
        self.full = ""
        self.withheld = withheld
    }

    /// The version to post: the full one (empty when none should be posted).
    public var recommended: String { full }
}
