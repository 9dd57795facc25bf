/// A 64-bit FNV-1a hash of a normalised word: the key every lexicon lookup uses, so the engine
/// compares integers, never `String`s.
public enum TextHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    public static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* prime
    }

    /// The hash of a word as the normaliser folds it (ASCII lower case, straight apostrophes).
    public static func of(_ word: String) -> UInt64 {
        of(Array(word.utf8)[...])
    }

    /// The hash of some bytes, folding ASCII upper case to lower case.
    @inline(__always)
    public static func of(_ bytes: ArraySlice<UInt8>, skipping skip: Int = -1) -> UInt64 {
        var h = seed
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if i != skip { h = mix(h, fold(bytes[i])) }
            i += 1
        }
        return h
    }

    /// The hash of raw bytes, folding ASCII upper case to lower case.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = mix(h, fold(b)) }
        return h
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }

    /// Stand-ins for whole kinds of token, usable in lexicon entries as `<amount>` and so on.
    public static let amount = of("<amount>")
    public static let number = of("<number>")
    public static let link = of("<link>")
    /// In a lexicon entry, up to `gapWords` words of any kind: "take ... down".
    public static let gap = of("...")
    public static let gapWords = 3
}
