/// Which of the findings on the same words are kept: one code per mistake, each reported once.
///
/// - The same code quoting overlapping text is one finding (the first, in reply order); for
///   `platform_rule` it names every platform whose rule the words break.
/// - An accusation is `false_accusation` only: `hostile_tone` on the same words is dropped.
/// - For a clinic or a firm, a medical detail is both `confidential_relationship` (it confirms the
///   relationship) and `private_details` (it is the person's health): both are kept.
/// - An offer tied to a review is `review_incentive` only: a `platform_rule` for the same
///   discount is dropped.
/// - A clearing span (a signature, a contact line) withdraws its code from the words it covers.
///
/// Near-linear: spans come in reply order, and each is compared with a few neighbours only.
enum FindingOverlap {
    /// Codes that, on overlapping words, replace another.
    static let replaces: [FindingCode: FindingCode] = [
        .falseAccusation: .hostileTone,
        .reviewIncentive: .platformRule,
    ]

    /// The spans to report, in the order given (already in reply order).
    static func resolve(_ spans: [CheckSpan]) -> [CheckSpan] {
        // Per code, the spans that withdraw it (replacing codes and clearing spans), by start.
        var withdrawing: [FindingCode: [CheckSpan]] = [:]
        for s in spans {
            if s.clears { withdrawing[s.code, default: []].append(s) }
            if let victim = replaces[s.code], !s.clears { withdrawing[victim, default: []].append(s) }
        }
        var kept: [CheckSpan] = []
        var lastOfCode: [FindingCode: Int] = [:]
        for s in spans where !s.clears && !s.text.isEmpty {
            if let list = withdrawing[s.code], overlapsAny(list, s) { continue }
            if let k = lastOfCode[s.code], overlaps(kept[k], s) {
                let k0 = kept[k]
                let platforms = ReviewPlatform.allCases.filter { k0.platforms.contains($0) || s.platforms.contains($0) }
                kept[k] = CheckSpan(code: k0.code, text: k0.text, start: k0.start, end: k0.end, platforms: platforms)
                continue
            }
            lastOfCode[s.code] = kept.count
            kept.append(s)
        }
        return kept
    }

    /// Whether a span of `list` (ordered by start) overlaps `s`: a binary search for the last
    /// span starting before `s` ends, then a look at it and the few before it.
    private static func overlapsAny(_ list: [CheckSpan], _ s: CheckSpan) -> Bool {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].start < s.end { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        var looked = 0
        while i >= 0 && looked < 4 {
            if overlaps(list[i], s) { return true }
            i -= 1
            looked += 1
        }
        return false
    }

    private static func overlaps(_ a: CheckSpan, _ b: CheckSpan) -> Bool {
        a.start < b.end && b.start < a.end
    }
}
