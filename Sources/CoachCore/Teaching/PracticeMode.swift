/// How a practice session runs: the whole exercise, one half of it, or as an exam. Each mode
/// is a script on the one engine (`PracticeModeScripts.swift`), so what is asked is data.
public enum PracticeMode: String, CaseIterable, Sendable, Equatable {
    /// Name the kind, draft the reply, feedback after each case (the default).
    case full
    /// Name the kind only; no draft.
    case quiz
    /// Draft the reply only; the kind is shown as given.
    case reply
    /// Name the kind and draft the reply, with no feedback until the end.
    case exam

    /// The script the mode runs on.
    public var script: Script {
        switch self {
        case .full, .exam: .practice
        case .quiz: .practiceQuiz
        case .reply: .practiceReply
        }
    }

    /// Whether the trainee names the kind of review (in reply mode it is given).
    public var asksVerdict: Bool { self != .reply }

    /// Whether the trainee drafts a reply (not in a quiz).
    public var asksDraft: Bool { self != .quiz }

    /// Whether feedback waits for the end of the session.
    public var holdsFeedback: Bool { self == .exam }
}
