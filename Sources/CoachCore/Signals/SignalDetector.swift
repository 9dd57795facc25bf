import CoachText

/// Finds the signals in a review's text: pure, deterministic, quoting the exact span of each.
///
/// The review is scanned once into words, clauses and sentences (`ReviewText`); each detector
/// then reads that scan. Every signal's `text` is the review's bytes at `offset` exactly, so it
/// can be highlighted in place. The cost is linear in the length of the review; texts over
/// 256 KiB are read in 64 KiB chunks cut at sentence ends.
public enum SignalDetector {
    /// Every signal in the review, in the order they appear (ties in `SignalKind` order).
    public static func detect(in review: String) -> [Signal] {
        var signals: [Signal] = []
        let count = review.utf8.count
        if count <= chunkThreshold {
            run(ReviewText(review), into: &signals)
        } else {
            // A very long text is read in chunks cut at sentence ends, so the scan stays in cache.
            // Each chunk is judged on its own (a demand or spam cue cannot pair with one a chunk
            // away); offsets are shifted back to the whole text.
            let all = Array(review.utf8)
            var a = 0
            while a < all.count {
                let b = chunkEnd(all, from: a)
                var part: [Signal] = []
                run(ReviewText(bytes: Array(all[a..<b])), into: &part)
                for s in part { signals.append(Signal(kind: s.kind, text: s.text, offset: s.offset + a)) }
                a = b
            }
        }
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

    /// Texts longer than this (in UTF-8 bytes) are read in chunks of about `chunkSize`.
    static let chunkThreshold = 256 * 1024
    static let chunkSize = 64 * 1024

    private static func run(_ text: ReviewText, into signals: inout [Signal]) {
        let analysis = TextAnalysis(bytes: text.bytes, lexicon: Vocabulary.shipped.lexicon)
        let before = signals.count
        let grammar = DemandGrammar(analysis)
        for f in grammar.findings() { signals.append(analysis.signal(.demand, sentences: f.firstSentence...f.lastSentence)) }
        let cues = TrollCues(analysis)
        let had = Set(signals[before...].map(\.kind))
        for s in cues.signals() where !had.contains(s.kind) { signals.append(s) }
        if signals[before...].contains(where: { $0.kind == .demand }), let cue = grammar.extortionCue() {
            for i in before..<signals.count where signals[i].kind == .demand { signals[i].cue = cue }
        }
        signals += AbuseCues(analysis).signals()
        signals += LegalCues(text: analysis).signals()
        SpecificDetailDetector.detect(text, into: &signals)
        signals += ShoutingCues(analysis).signals()
    }

    /// Where the chunk starting at `a` ends: after a line break or a sentence end followed by a
    /// space near `chunkSize` bytes on, else at a space, else at the start of a scalar.
    static func chunkEnd(_ bytes: [UInt8], from a: Int) -> Int {
        let n = bytes.count
        let target = a + chunkSize
        if target >= n { return n }
        let limit = min(n, target + chunkSize / 2)
        var i = target
        var space = -1
        while i < limit {
            let b = bytes[i]
            if b == 0x0A { return i + 1 }
            if b == 0x20 {
                let p = bytes[i - 1]
                if p == 0x2E || p == 0x21 || p == 0x3F { return i + 1 }
                if space < 0 { space = i + 1 }
            }
            i += 1
        }
        if space > 0 { return space }
        var j = target
        while j > a + 1 && bytes[j] & 0xC0 == 0x80 { j -= 1 }  // not inside a scalar
        return j
    }

    /// The order of kinds at the same offset: the order they are declared in.
    private static func rank(_ kind: SignalKind) -> Int {
        switch kind {
        case .demand: 0
        case .neverCustomer: 1
        case .spam: 2
        case .conflictOfInterest: 3
        case .wrongBusiness: 4
        case .offTopic: 5
        case .abusive: 6
        case .legalThreat: 7
        case .specificDetail: 8
        case .shouting: 9
        }
    }
}
