/// Finds the signals in a review's text: pure, deterministic, quoting the exact span of each.
public enum SignalDetector {
    /// Every signal in the review, in the order they appear.
    public static func detect(in review: String) -> [Signal] {
        []  // TODO(signals helper): real detectors
    }
}
