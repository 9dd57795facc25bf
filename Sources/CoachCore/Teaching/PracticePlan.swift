/// Which cases a practice session shows, in which order: the library shuffled by a seeded
/// SplitMix64, then the first `count`. The same seed and library always give the same plan.
public struct PracticePlan: Sendable, Equatable {
    public var seed: UInt64
    public var cases: [PracticeCase]
    /// The options that chose the cases, as typed (" --pack healthcare"), so the summary's
    /// command gives the same cases again; empty for the built-in cases.
    public var source = ""

    public init(seed: UInt64, cases: [PracticeCase]) {
        self.seed = seed
        self.cases = cases
    }

    /// `count` cases of the library (all of them if it has fewer) in the order the seed gives.
    public init(library: CaseLibrary, count: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var cases = library.cases
        generator.shuffle(&cases)
        self.init(seed: seed, cases: Array(cases.prefix(max(0, count))))
    }
}
