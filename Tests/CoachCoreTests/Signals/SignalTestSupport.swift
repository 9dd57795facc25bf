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

    /// A small deterministic random generator (SplitMix64) for the robustness tests.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
