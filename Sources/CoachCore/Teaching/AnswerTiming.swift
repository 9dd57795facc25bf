/// How long one practice answer took, against the session's limit per case. The seconds come
/// from the shell's clock as data, so a test or a replayed transcript gives a fake one.
public struct AnswerTiming: Sendable, Equatable {
    /// Whole seconds from the case being shown to its last answer.
    public var seconds: Int
    /// The limit per case, in seconds.
    public var limit: Int

    public init(seconds: Int, limit: Int) {
        self.seconds = seconds
        self.limit = limit
    }

    /// Whether the answer came after the limit.
    public var isOver: Bool { seconds > limit }
}
