/// Checks a drafted public reply for the mistakes that make things worse. Pure and deterministic.
public enum ReplyChecker {
    /// Every mistake found, in the order they appear in the reply.
    public static func check(_ reply: String) -> [Finding] {
        []  // TODO(checker helper): real checks
    }
}
