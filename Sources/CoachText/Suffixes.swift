/// Regular English word forms and one-letter typos, on lower-case ASCII bytes: the generic half
/// of normalisation (the irregular half is `lexicon/forms/word-forms.txt`).
enum Suffixes {
    /// The hash of a known base form of `w` by regular suffix rules (-s, -es, -ies, -ed, -d,
    /// -ing, with a dropped `e` or a doubled consonant), if `isKnown` accepts one.
    static func stem(_ w: ArraySlice<UInt8>, isKnown: (UInt64) -> Bool) -> UInt64? {
        stemAndTense(w, isKnown: isKnown)?.lemma
    }

    /// As `stem`, and whether the form was a past one (-ed, -d).
    static func stemAndTense(_ w: ArraySlice<UInt8>, isKnown: (UInt64) -> Bool) -> (lemma: UInt64, past: Bool)? {
        let n = w.count
        guard n >= 4 else { return nil }
        let s = w.startIndex
        func hash(_ len: Int, plus extra: UInt8? = nil) -> UInt64 {
            var h = TextHash.of(w[s..<(s + len)])
            if let e = extra { h = TextHash.mix(h, e) }
            return h
        }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n > k else { return false }
            return suffix.withUTF8Buffer { buf in
                for j in 0..<k where w[s + n - k + j] != buf[j] { return false }
                return true
            }
        }
        func known(_ h: UInt64) -> UInt64? { isKnown(h) ? h : nil }
        let long = n >= 5
        if ends("ies"), let h = known(hash(n - 3, plus: 0x79)) { return (h, false) }
        if ends("ing") && n >= 7 {
            if let h = known(hash(n - 3)) ?? known(hash(n - 3, plus: 0x65)) { return (h, false) }
            if n >= 6 && w[s + n - 4] == w[s + n - 5], let h = known(hash(n - 4)) { return (h, false) }
        }
        if ends("ed") && n >= 5 {
            if long, let h = known(hash(n - 2)) { return (h, true) }
            if let h = known(hash(n - 1)) { return (h, true) }
            if n >= 5 && w[s + n - 3] == w[s + n - 4], let h = known(hash(n - 3)) { return (h, true) }
        }
        if ends("es"), let h = known(hash(n - 2)) { return (h, false) }
        if ends("s") && !ends("ss"), let h = known(hash(n - 1)) { return (h, false) }
        return nil
    }

    /// Whether `a` and `b` differ by one letter changed, added, removed, or two neighbours swapped.
    /// (Compares in place: no copies, no allocation.)
    static func isOneEdit(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        let na = a.count, nb = b.count
        let sa = a.startIndex, sb = b.startIndex
        if na == nb {
            var d0 = -1, d1 = -1
            for i in 0..<na where a[sa + i] != b[sb + i] {
                if d0 < 0 { d0 = i } else if d1 < 0 { d1 = i } else { return false }
            }
            if d0 < 0 { return false }  // equal
            if d1 < 0 { return true }
            return d1 == d0 + 1 && a[sa + d0] == b[sb + d1] && a[sa + d1] == b[sb + d0]
        }
        let (long, short) = na > nb ? (a, b) : (b, a)
        let nl = long.count, ns = short.count
        guard nl == ns + 1 else { return false }
        let sl = long.startIndex, ss = short.startIndex
        var i = 0
        while i < ns && long[sl + i] == short[ss + i] { i += 1 }
        while i < ns {
            if long[sl + i + 1] != short[ss + i] { return false }
            i += 1
        }
        return true
    }
}
