/// Chooses the sentence that answers each claim, by category and the owner's stance, from
/// prompts/claims.txt. A business bound by confidentiality answers every claim with its
/// category's policy sentence, which names nothing from the review.
struct ClaimSentences {
    let catalog: PromptCatalog
    let industry: Industry?
    /// Whether the owner said nothing went wrong on their side: a claim they call true is then
    /// a fact to explain ("yes, that is our fee"), not a mistake to apologise for.
    var faultDenied = false

    /// The industries whose replies never confirm that the writer was a patient or client.
    static let privateIndustries: [Industry] = [.healthcare, .professional]

    var isPrivate: Bool { industry.map(Self.privateIndustries.contains) ?? false }

    /// One sentence (with the owner's note where there is one) per claim, in order; for no
    /// claim at all, the general sentence for the owner's stance.
    func answers(_ claims: [AnsweredClaim], generalStance: ClaimStance) -> [String] {
        if claims.isEmpty {
            return [catalog.text(isPrivate ? "reply.general.private" : "reply.general.\(generalStance.rawValue)")]
        }
        var out: [String] = []
        var denied = false
        let shared = claims.filter(sharesTheApology)
        // After the first claim the owner does not know about yet, the others like it are
        // named in one sentence rather than a row of "we are checking".
        let unknown = claims.filter(isPlainUnknown)
        let alsoChecked = unknown.count >= 3 ? Array(unknown.dropFirst()) : []
        for claim in claims {
            if shared.count >= 2, sharesTheApology(claim) {
                if claim == shared[0] { out.append(severalOwned(shared)) }
                continue
            }
            if alsoChecked.contains(claim) {
                if claim == alsoChecked[0] { out.append(catalog.text("claim.unknown.also", ["topics": list(alsoChecked)])) }
                continue
            }
            // One calm correction is enough: after the first, a denial with no facts of the
            // owner's to give reads as an argument (P4).
            if claim.answer.stance == .false {
                if denied, OwnerNote.usable(claim.answer.note, industry: industry) == nil { continue }
                denied = true
            }
            let sentence = answer(claim)
            if !out.contains(sentence) { out.append(sentence) }
        }
        return out
    }

    /// Whether a claim is owned in one apology with the others like it: true, not about
    /// safety or health, and without a note of its own.
    private func sharesTheApology(_ claim: AnsweredClaim) -> Bool {
        !isPrivate && !isExplained(claim) && claim.answer.stance == .true && !claim.claim.category.isSerious && OwnerNote.usable(claim.answer.note, industry: industry) == nil
    }

    /// Whether a claim is one the owner does not know about yet, not about safety or health.
    private func isPlainUnknown(_ claim: AnsweredClaim) -> Bool {
        !isPrivate && claim.answer.stance == .unknown && !claim.claim.category.isSerious
    }

    /// One apology for several claims, naming each one's topic.
    private func severalOwned(_ claims: [AnsweredClaim]) -> String {
        catalog.text("claim.true.several", ["topics": list(claims)])
    }

    /// The claims' topics as one list ("the wait, the quality and the bill").
    private func list(_ claims: [AnsweredClaim]) -> String {
        let topics = claims.map { catalog.text("claim.\($0.claim.category.rawValue).topic") }
        var list = topics.last ?? ""
        for (n, topic) in topics.dropLast().reversed().enumerated() {
            list = catalog.text(n == 0 ? "claim.list.two" : "claim.list.more", ["first": topic, "last": list])
        }
        return list
    }

    /// Whether a claim is answered by explaining it: true, but the owner said nothing went wrong
    /// on their side, and not about safety or health (those keep their own sentence).
    private func isExplained(_ claim: AnsweredClaim) -> Bool {
        ReplyComposer.isExplained(claim.claim.category, claim.answer.stance, faultDenied: faultDenied)
    }

    /// The answer to one claim.
    func answer(_ answered: AnsweredClaim) -> String {
        let category = answered.claim.category.rawValue
        if isPrivate { return catalog.text("claim.\(category).private") }
        if isExplained(answered) {
            let topic = ["topic": catalog.text("claim.\(category).topic")]
            guard let note = OwnerNote.usable(answered.answer.note, industry: industry) else { return catalog.text("claim.explained", topic) }
            return catalog.text("claim.explained.note", topic) + " " + catalog.text("claim.note", ["note": note])
        }
        let stance = answered.answer.stance
        var sentence = stance == .partly
            ? catalog.text("claim.partly", ["topic": catalog.text("claim.\(category).topic")])
            : catalog.text("claim.\(category).\(stance.rawValue)")
        // "don't know yet" says what will be checked and nothing more: no note.
        if stance != .unknown, let note = OwnerNote.usable(answered.answer.note, industry: industry) {
            sentence += " " + catalog.text("claim.note", ["note": note])
        }
        return sentence
    }
}

/// The owner's own words on a claim, as they may go into a public reply: trimmed, and only when
/// the reply checker, told the business's industry, finds nothing in them (a note with findings
/// is left out until rewritten).
enum OwnerNote {
    static func usable(_ raw: String?, industry: Industry?) -> String? {
        guard let text = trimmed(raw), let first = text.first, findings(text, industry: industry).isEmpty else { return nil }
        return first.uppercased() + text.dropFirst()
    }

    /// What the reply checker finds in a note (empty for a clean note or none).
    static func findings(_ raw: String?, industry: Industry?) -> [Finding] {
        trimmed(raw).map { ReplyChecker.check($0, context: ReplyContext(industry: industry)) } ?? []
    }

    private static func trimmed(_ raw: String?) -> String? {
        guard var text = raw?.trimmingWhitespace(), !text.isEmpty else { return nil }
        while let last = text.last, last == "." || last == "!" { text.removeLast() }
        return text
    }
}

/// An owner's note the reply left out because the checker found something in it: shown to the
/// owner with the findings, until they rewrite it.
public struct HeldBackNote: Sendable, Equatable {
    public var note: String
    public var findings: [Finding]
}
