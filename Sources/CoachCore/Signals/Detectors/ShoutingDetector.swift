/// Finds shouting: two or more consecutive words in capitals of three letters or more
/// ("WORST SERVICE EVER", "THIS PLACE IS A JOKE", short capitals may sit between them), or runs
/// of exclamation marks ("!!", "!!!"). A lone acronym ("BBQ") is not shouting. A sentence with both is quoted once, by its capitals.
enum ShoutingDetector {
    /// The most words quoted for one run of capitals.
    static let maxRun = 40

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        var shoutedSentences = Set<Int32>()
        let n = t.tokenCount
        var k = 0
        while k < n {
            guard isCaps(t, k) else { k += 1; continue }
            // A run of words in capitals ("THIS PLACE IS A JOKE"); short ones ("IS", "A", "I")
            // may sit inside it, but two words of three letters or more are needed.
            var e = k, long = isShout(t, k) ? 1 : 0
            while e + 1 < n && isCaps(t, e + 1) {
                e += 1
                if isShout(t, e) { long += 1 }
            }
            var a = k, b = e
            while a < b && !isShout(t, a) { a += 1 }
            while b > a && !isShout(t, b) { b -= 1 }
            if long >= 2 {
                let last = min(b, a + maxRun - 1)
                if let sig = t.tokenSignal(.shouting, tokens: a, last) {
                    out.append(sig)
                    var s = t.tok[a].sentence
                    while s <= t.tok[b].sentence { shoutedSentences.insert(s); s += 1 }
                }
            }
            k = e + 1
        }
        var lastSentence = -1
        for run in t.bangRuns {
            if run.sentence == lastSentence || shoutedSentences.contains(Int32(truncatingIfNeeded: run.sentence)) { continue }
            lastSentence = run.sentence
            let s = run.sentence
            if s < t.sentenceCount, t.sentences[s].firstToken < t.sentences[s].endToken {
                let sig = t.sentenceSignal(.shouting, tokens: t.sentences[s].firstToken, t.sentences[s].endToken - 1)
                if let sig { out.append(sig); continue }
            }
            // A run is only `!` bytes, so it can be cut anywhere; quote a short piece of a long one.
            if let sig = t.signal(.shouting, from: run.start, to: min(run.end, run.start + 16)) { out.append(sig) }
        }
    }

    @inline(__always)
    static func isCaps(_ t: ReviewText, _ k: Int) -> Bool {
        t.tok[k].shape.contains(.allCaps)
    }

    @inline(__always)
    static func isShout(_ t: ReviewText, _ k: Int) -> Bool {
        t.tok[k].shape.contains(.allCaps) && t.tok[k].end - t.tok[k].start >= 3
    }
}
