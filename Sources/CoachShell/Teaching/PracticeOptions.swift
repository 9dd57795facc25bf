import CoachCore

/// Practice's mode and time limit as a replayed transcript's "# args:" line gives them
/// (`practice --mode exam --time-limit 30`); the full mode and no limit when absent.
public struct PracticeOptions: Sendable, Equatable {
    public var mode: PracticeMode
    public var timeLimit: Int?

    public init(mode: PracticeMode = .full, timeLimit: Int? = nil) {
        self.mode = mode
        self.timeLimit = timeLimit
    }

    public init(arguments: [String]) {
        func value(_ option: String) -> String? {
            arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        self.init(mode: value("--mode").flatMap(PracticeMode.init(rawValue:)) ?? .full, timeLimit: value("--time-limit").flatMap { Int($0) })
    }

    /// Why this combination cannot run, or `nil` when it can: a limit must be at least one
    /// second.
    public var problem: String? {
        guard let timeLimit, timeLimit < 1 else { return nil }
        return "--time-limit must be at least 1 second per case (got \(timeLimit)); leave it out for no limit."
    }
}
