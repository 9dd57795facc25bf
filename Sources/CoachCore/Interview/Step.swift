/// A step of a script: its id names its prompts ("ask.<id>", "why.<id>", "step.<id>"). Steps are
/// values, not a closed enum, so that a script (the interview, practice, a test fixture) can add
/// one with one entry and its wording. The shipped interview's steps are named below.
public struct Step: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ id: String) { self.rawValue = id }

    public var description: String { rawValue }

    /// Collecting the review, line by line, until an empty line.
    public static let review = Step("review")
    /// How the owner feels right now (P1).
    public static let mood = Step("mood")
    /// The owner is angry: a pause, until they say they are ready (P1).
    public static let paused = Step("paused")
    public static let customerFound = Step("customer_found")
    public static let ourFault = Step("our_fault")
    public static let demand = Step("demand")
    public static let abusive = Step("abusive")
    /// Where a threat's demand came: a public review, a private message, or both.
    public static let channel = Step("channel")
    /// The owner's stance on the review's claim at `number` (1 to `ReplyComposer.maxClaims`),
    /// most serious first: true, partly, false or don't know yet, with what really happened.
    public static func claim(_ number: Int) -> Step { Step("claim_\(number)") }
    /// Details the reply needs (only those the verdict's reply uses).
    public static let whatWentWrong = Step("what_went_wrong")
    public static let whatWeDid = Step("what_we_did")
    /// The business's name and kind: asked once, in the first live session, for the profile.
    public static let business = Step("business")
    public static let industry = Step("industry")
    public static let contact = Step("contact")
    public static let name = Step("name")
    /// The verdict, reply and next steps have been shown; the owner may draft, save, restart or quit.
    public static let done = Step("done")
    /// Collecting the owner's own draft reply, until an empty line.
    public static let draft = Step("draft")
}

/// How the owner feels right now.
public enum Mood: String, CaseIterable, Sendable, Codable {
    case calm, upset, angry
}
