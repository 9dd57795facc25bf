/// Finds the signals in a review's text: pure, deterministic, quoting the exact span of each.
///
/// The review is scanned once into words, clauses and sentences (`ReviewText`); each detector
/// then reads that scan. Every signal's `text` is the review's bytes at `offset` exactly, so it
/// can be highlighted in place. The cost is linear in the length of the review.
public enum SignalDetector {
    /// Every signal in the review, in the order they appear (ties in `SignalKind` order).
    public static func detect(in review: String) -> [Signal] {
        let text = ReviewText(review)
        var signals: [Signal] = []
        DemandDetector.detect(text, into: &signals)
        NeverCustomerDetector.detect(text, into: &signals)
        SpamDetector.detect(text, into: &signals)
        AbuseDetector.detect(text, into: &signals)
        LegalThreatDetector.detect(text, into: &signals)
        SpecificDetailDetector.detect(text, into: &signals)
        ShoutingDetector.detect(text, into: &signals)
        if signals.count <= 1 { return signals }
        signals.sort { a, b in
            if a.offset != b.offset { return a.offset < b.offset }
            if a.kind != b.kind { return rank(a.kind) < rank(b.kind) }
            return a.text.utf8.count < b.text.utf8.count
        }
        var out: [Signal] = []
        out.reserveCapacity(signals.count)
        for s in signals where out.last != s { out.append(s) }
        return out
    }

    /// The order of kinds at the same offset: the order they are declared in.
    private static func rank(_ kind: SignalKind) -> Int {
        switch kind {
        case .demand: 0
        case .neverCustomer: 1
        case .spam: 2
        case .abusive: 3
        case .legalThreat: 4
        case .specificDetail: 5
        case .shouting: 6
        }
    }
}
