/// Where the owner's stance on each claim comes from.
public enum ClaimAnswers: Sendable, Equatable {
    /// The interview's one answer to "did something go wrong on your side?": the main claim
    /// takes it with the owner's note; the others take it too, except "partly", which for
    /// them is "don't know yet".
    case fromOwnerFault(note: String?)
    /// Claim by claim, by claim id (`c1`) or category (`pests`); a claim not given is `unknown`.
    case given([String: ClaimAnswer])

    /// The answer on `claim` (at `index` among the claims, most serious first), given the facts.
    public func answer(for claim: Claim, at index: Int, facts: ResolvedFacts) -> ClaimAnswer {
        switch self {
        case .fromOwnerFault(let note):
            let stance = ClaimStance(fault: facts.ourFault.value)
            if index == 0 { return ClaimAnswer(stance: stance, note: note) }
            // "partly" was said of the review as a whole: which part was ours is known for no
            // claim but the main one, so the others concede nothing.
            return ClaimAnswer(stance: stance == .partly ? .unknown : stance)
        case .given(let answers):
            return answers[claim.id] ?? answers[claim.category.rawValue] ?? ClaimAnswer(stance: .unknown)
        }
    }
}

extension ClaimStance {
    /// The stance an answer to "did something go wrong on your side?" takes: unsure (or a
    /// skip) is `unknown`, never an admission.
    public init(fault: FaultAnswer) {
        switch fault {
        case .yes: self = .true
        case .partly: self = .partly
        case .no: self = .false
        case .unsure: self = .unknown
        }
    }
}
