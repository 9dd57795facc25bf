/// A fixed open-addressing table from a 64-bit word hash to a small integer, built once and
/// read-only after: one multiply and a probe or two per lookup, no `Hasher`, no allocation.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    /// One bit per key (about 16 bits a key, a few KiB): most lookups are of words the table
    /// does not hold, and this small filter, which stays in cache, answers those without
    /// touching `keys`. A clear bit means absent; a set bit means look in the table.
    private var filter: [UInt64]
    private let filterShift: UInt64

    init(_ pairs: [(UInt64, Int32)]) {
        var cap = 16
        while cap < pairs.count * 3 { cap <<= 1 }
        keys = [UInt64](repeating: 0, count: cap)
        values = [Int32](repeating: -1, count: cap)
        mask = cap - 1
        var bits = 64, log2 = 6
        while bits < pairs.count * 16 { bits <<= 1; log2 += 1 }
        filter = [UInt64](repeating: 0, count: bits / 64)
        filterShift = UInt64(64 - log2)
        for (k, _) in pairs {
            let b = Self.filterBit(k, filterShift)
            filter[b >> 6] |= 1 << UInt64(b & 63)
        }
        for (k, v) in pairs {
            var i = Self.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    /// A table exactly as `parts` gives it (built before, e.g. at build time): nothing is hashed.
    init(_ parts: TextLexicon.Tables.Index) {
        keys = parts.keys
        values = parts.values
        mask = parts.keys.count - 1
        filter = parts.filter
        filterShift = parts.filterShift
    }

    /// The finished table, for writing out at build time.
    var parts: TextLexicon.Tables.Index {
        TextLexicon.Tables.Index(keys: keys, values: values, filter: filter, filterShift: filterShift)
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    private static func filterBit(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
    }

    /// The value stored for `h`, or -1.
    @inline(__always)
    func value(_ h: UInt64) -> Int32 {
        let b = Self.filterBit(h, filterShift)
        if filter[b >> 6] & (1 << UInt64(b & 63)) == 0 { return -1 }
        var i = Self.slot(h, mask)
        while true {
            let k = keys[i]
            if k == h { return values[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}
