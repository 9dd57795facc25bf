/// Reads the trainee's verdict: "genuine", "threat", "troll", their short forms g, t, r, or the
/// contract names. Anything else is `nil`, and the question is asked again.
public enum VerdictAnswer {
    public static func parse(_ raw: String) -> Verdict? {
        AnswerParser.choice(.verdict, raw).flatMap(verdict(for:))
    }

    /// The verdict a canonical answer word names.
    public static func verdict(for answer: ChoiceAnswer) -> Verdict? {
        accepted.first { $0.word == answer.word }?.verdict
    }

    /// Whether the trainee asked to stop practising with a plain word.
    public static func isQuit(_ raw: String) -> Bool {
        ["quit", "q", "stop", "exit"].contains(AnswerParser.normalized(raw))
    }

    /// Whether the trainee chose not to draft a reply.
    public static func isSkip(_ raw: String) -> Bool { AnswerParser.isSkip(raw) }

    /// Each verdict with the word Tab completes to and the wordings accepted for it.
    static let accepted: [(verdict: Verdict, word: String, wordings: Set<String>)] = [
        (.genuineGrievance, "genuine", ["g", "genuine", "genuine grievance", "genuine_grievance", "grievance"]),
        (.threatBased, "threat", ["t", "threat", "threat-based", "threat based", "threat_based", "blackmail"]),
        (.troll, "troll", ["r", "troll"]),
    ]
}
