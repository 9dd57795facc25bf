/// The interactive options as plain values, so that a session can also start without the
/// argument parser (see `ChatLaunch` and the fast path in main.swift).
struct SessionSettings {
    var noHistory = false
    var incognito = false
    /// Also write the session as a transcript to this file.
    var record: String?
    /// A folder of edited prompt files layered over the built-in wording.
    var prompts: String?
    /// Wrap at this many columns instead of the terminal's width.
    var width: Int?
    /// The owner profile to use instead of the stored one (and never stored).
    var profile: String?
    /// Ask for the owner's own draft before showing the coach's reply (`--you-first`).
    var youFirst = false
}
