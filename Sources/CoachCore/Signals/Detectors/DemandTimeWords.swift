extension DemandDetector {
    /// "after two days", "until 9pm", "before the weekend": a time word followed, within three
    /// words, by a duration or a clock time says when something happened, not what a review is
    /// traded for.
    static func tellsTheTime(_ t: ReviewText, _ k: Int, _ stop: Int) -> Bool {
        guard t.has(k, .temporal) else { return false }
        var j = k + 1
        let hi = min(stop, k + 4)
        while j < hi {
            if t.has(j, .duration) { return true }
            if t.tok[j].shape.contains(.hasDigit) && !t.has(j, .value) && !isAmount(t, j) { return true }
            j += 1
        }
        return false
    }
}
