/// A 64-bit FNV-1a hash of a word, the key the lexicon is looked up by.
///
/// Tokens are hashed byte by byte as they are scanned (ASCII folded to lower case, curly
/// apostrophes folded to `'`), so no `String` is built per token.
struct WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* prime
    }

    /// The hash of a word written in the lexicon (lower case, straight apostrophes).
    static func of(_ word: String) -> UInt64 {
        var h = seed
        for b in word.utf8 {
            let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
            h = mix(h, lower)
        }
        return h
    }
}
