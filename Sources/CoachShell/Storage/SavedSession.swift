import CoachCore

/// What is saved of a session: the options and every line the owner typed that changed it. The
/// coach is deterministic, so replaying the lines rebuilds the exact state, `/back` included.
public struct SavedSession: Sendable, Equatable {
    public var explain: Bool
    public var lines: [String]

    public init(explain: Bool, lines: [String]) {
        self.explain = explain
        self.lines = lines
    }

    /// The session the lines lead to.
    public func rebuild(with coach: Coach) -> Session {
        var session = Session(state: InterviewState(explain: explain))
        for line in lines { session = coach.step(session, line).0 }
        return session
    }
}
