/// Finds shouting: two or more consecutive words in capitals, each of three letters or more
/// ("WORST SERVICE EVER"), or runs of exclamation marks ("!!", "!!!"). A lone acronym ("BBQ")
/// is not shouting. A sentence with both is quoted once, by its capitals.
enum ShoutingDetector {
    /// The most words quoted for one run of capitals.
    static let maxRun = 40

    static func detect(_ t: ReviewText) -> [Signal] {
        var out: [Signal] = []
        var shoutedSentences = Set<Int32>()
        let n = t.tokenCount
        var k = 0
        while k < n {
            guard isShout(t, k) else { k += 1; continue }
            var e = k
            while e + 1 < n && isShout(t, e + 1) { e += 1 }
            if e > k {
                let last = min(e, k + maxRun - 1)
                if let sig = t.tokenSignal(.shouting, tokens: k, last) {
                    out.append(sig)
                    var s = t.tok[k].sentence
                    while s <= t.tok[e].sentence { shoutedSentences.insert(s); s += 1 }
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
            if let sig = t.signal(.shouting, from: run.start, to: run.end) { out.append(sig) }
        }
        return out
    }

    @inline(__always)
    static func isShout(_ t: ReviewText, _ k: Int) -> Bool {
        t.tok[k].shape.contains(.allCaps) && t.tok[k].end - t.tok[k].start >= 3
    }
}
