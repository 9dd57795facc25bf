/// A look back over the last few tokens of a `ReviewText` scan, shared by the old token-window
/// detectors that still read that scan (never a customer, abuse).
enum TokenWindow {
    /// Whether a token in `k - n ..< k` (clamped to `first`) has class `c`.
    @inline(__always)
    static func before(_ t: ReviewText, _ k: Int, _ n: Int, _ first: Int, _ c: WordClass) -> Bool {
        var j = k - 1
        let lo = max(first, k - n)
        while j >= lo {
            if t.has(j, c) { return true }
            j -= 1
        }
        return false
    }
}

/// The old name of `TokenWindow`, still used by the never-customer and abuse detectors (their
/// files belong to another change); remove once those call sites read `TokenWindow`.
typealias DemandDetector = TokenWindow
