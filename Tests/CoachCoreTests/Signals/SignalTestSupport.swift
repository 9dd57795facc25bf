import CoachCore

/// Helpers shared by the signal detector tests.
enum SignalTestSupport {
    /// The kinds of signal found in a review.
    static func kinds(_ review: String) -> Set<SignalKind> {
        Set(SignalDetector.detect(in: review).map(\.kind))
    }

    /// Whether the review has a signal of this kind.
    static func has(_ kind: SignalKind, _ review: String) -> Bool {
        SignalDetector.detect(in: review).contains { $0.kind == kind }
    }

    /// Whether the signal's text is the review's bytes at its offset, exactly.
    static func isExactSpan(_ s: Signal, in review: String) -> Bool {
        let bytes = Array(review.utf8)
        let quoted = Array(s.text.utf8)
        guard s.offset >= 0, !quoted.isEmpty, s.offset + quoted.count <= bytes.count else { return false }
        return Array(bytes[s.offset..<(s.offset + quoted.count)]) == quoted
    }
}
