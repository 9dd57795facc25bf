/// Reads the trainee's verdict: "genuine", "threat", "troll", their short forms g, t, r, or the
/// contract names. Anything else is `nil`, and the question is asked again.
public enum VerdictAnswer {
    public static func parse(_ raw: String) -> Verdict? {
        let word = AnswerParser.normalized(raw)
        for (verdict, words) in accepted where words.contains(word) { return verdict }
        return nil
    }

    /// Whether the trainee asked to stop practising.
    public static func isQuit(_ raw: String) -> Bool {
        ["quit", "/quit", "q", "stop", "exit"].contains(AnswerParser.normalized(raw))
    }

    /// Whether the trainee chose not to draft a reply.
    public static func isSkip(_ raw: String) -> Bool { AnswerParser.isSkip(raw) }

    static let accepted: [(Verdict, Set<String>)] = [
        (.genuineGrievance, ["g", "genuine", "genuine grievance", "genuine_grievance", "grievance"]),
        (.threatBased, ["t", "threat", "threat-based", "threat based", "threat_based", "blackmail"]),
        (.troll, ["r", "troll"]),
    ]
}
