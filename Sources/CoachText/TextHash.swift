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
    /// (Literal values of `of("<amount>")` and so on, so reading them in a hot loop costs no
    /// lazy-initialisation check; `TextHashTests` holds them equal to the hashes.)
    /// How the stand-ins are written in lexicon entries and weight files.
    public static let amountSpelling = "<amount>", numberSpelling = "<number>"
    public static let amount: UInt64 = 0xe0d5_f55d_97df_4ce3  // of("<amount>")
    public static let number: UInt64 = 0xecca_6ea7_874f_aa8c  // of("<number>")
    public static let link: UInt64 = 0x3225_f359_7821_ae73  // of("<link>")
    /// In a lexicon entry, up to `gapWords` words of any kind: "take ... down".
    public static let gap: UInt64 = 0xf7d9_3e17_ec4b_1219  // of("...")
    public static let gapWords = 3
}
