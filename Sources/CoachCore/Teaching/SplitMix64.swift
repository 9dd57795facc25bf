/// A small deterministic pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014), so a
/// practice session's order depends only on its seed: no global random, the same on every platform.
public struct SplitMix64: Sendable, Equatable {
    /// The generator's whole state; the next output depends only on it.
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, without modulo bias (rejection sampling). `bound` must be positive.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        let threshold = (0 &- n) % n  // 2^64 mod n: values below it would bias the result
        while true {
            let value = next()
            if value >= threshold { return Int(value % n) }
        }
    }

    /// Shuffles in place (Fisher-Yates), the same way for the same seed on every platform,
    /// unlike the standard library's `shuffle(using:)`, whose algorithm may change.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(index, next(below: index + 1))
        }
    }
}

/// SplitMix64 can drive the standard library's random APIs (`Int.random(in:using:)`,
/// `randomElement(using:)`), so tests get replayable randomness from the same generator.
extension SplitMix64: RandomNumberGenerator {}
