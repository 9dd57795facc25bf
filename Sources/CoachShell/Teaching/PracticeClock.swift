#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real clock for practice's time limit: seconds that only go forward (never the wall
/// clock, which can jump).
public enum MonotonicClock {
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}

/// A clock that moves only when read: each reading is a fixed step later than the one before.
/// A replayed practice transcript reads it once at the start and once per typed line, so a
/// line "takes" `step` seconds and `--time-limit` gives the same result on every machine.
public final class FakeClock: @unchecked Sendable {
    private var current: Double
    public let step: Double

    public init(start: Double = 0, step: Double) {
        self.current = start - step
        self.step = step
    }

    /// The clock of replayed transcripts: ten seconds per typed line.
    public static func perLine() -> FakeClock { FakeClock(step: 10) }

    /// The next reading.
    public func now() -> Double {
        current += step
        return current
    }
}
