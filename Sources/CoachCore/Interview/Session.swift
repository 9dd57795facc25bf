/// An interview in progress: the current state and the states before each answer, for `/back`.
public struct Session: Sendable, Equatable {
    public var state: InterviewState
    /// Earlier states, oldest first; `/back` pops the last one.
    public var undo: [InterviewState]

    public init(state: InterviewState = InterviewState(), undo: [InterviewState] = []) {
        self.state = state
        self.undo = undo
    }
}
