import ArgumentParser
import CoachCore
import CoachShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `review-coach` command: the interactive coach by default, with subcommands for batch use,
/// transcripts and teaching.
struct ReviewCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review-coach",
        abstract: "Helps you answer one negative online review well.",
        discussion: """
            Paste a bad review; the coach asks a few questions, tells you whether it is a genuine \
            grievance, a threat (a demand in exchange for the review) or a troll, explains why, and \
            drafts a calm public reply with next steps. Nothing is posted anywhere: you copy the reply.

            Examples:
              review-coach                          talk it through at the prompt
              review-coach --review-file bad.txt    start with the review from a file
              review-coach --script answers.txt     replay typed answers from a file
              review-coach classify reviews.jsonl   classify many reviews (JSON Lines)
              review-coach lint-reply draft.txt     check a reply you wrote

            At any prompt: /help, /why (or /why P2 for a principle), /back, /summary, /restart, \
            /quit; /help lists the rest (/draft, /save FILE, /evidence FILE for an extortion report \
            pack, /explain). Line history is kept in \
            $XDG_STATE_HOME/review-coach/history (default ~/.local/state/review-coach/history); \
            --no-history turns it off. Colour is used on a terminal unless NO_COLOR is set.

            Exit codes: 0 done (also after /quit or Ctrl-D); 1 a file or folder could not be \
            used, or the input was not text (the reason is printed); 64 the command line was wrong. Each subcommand's \
            --help says what its own codes mean.
            """,
        version: CoachVersion.string,
        subcommands: [Chat.self, Resume.self, Classify.self, LintReply.self, Teach.self, Practice.self, ClassReportCommand.self, Replay.self, Graph.self, Profile.self, Forget.self],
        defaultSubcommand: Chat.self
    )
}

/// The version, shown by `--version`.
enum CoachVersion {
    static let string = "0.1.0"
}

extension ReviewCoach {
    /// `exit(withError:)` with the message printed through `UntrustedText.terminal`: parse
    /// errors echo option values and file names ("The value '...' is invalid", "Unknown option
    /// '...'"), and `ShellError`s name files, so none of them reaches the terminal raw. Help and
    /// `--version` go to standard output with exit 0, everything else to standard error.
    static func exitSafely(withError error: Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            let safe = UntrustedText.terminal(message)
            // Standard output through print, as ArgumentParser does, so it stays in order with
            // what the command printed before.
            if code == .success { print(safe) } else { FileDescriptorSink.standardError.write(safe + "\n") }
        }
        Glibc.exit(code.rawValue)
    }
}
