/// The three kinds of negative review. Raw values are the contract strings.
public enum Verdict: String, CaseIterable, Sendable, Codable {
    case genuineGrievance = "genuine_grievance"
    case threatBased = "threat_based"
    case troll
}
