import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive coach (the default command).
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk through one negative review (the default).",
        discussion: """
            On a terminal you get line editing, history and Tab completion. With standard input \
            from a pipe or a file, the coach reads your answers line by line and prints no prompts. \
            The session is saved after every answer; if it is interrupted, review-coach resume \
            carries on where it stopped.

            Exit codes: 0 the session ended (the verdict, /quit, Ctrl-D or the end of the input); \
            1 a file could not be read or written, or the input was not text a person types (the \
            reason is printed); 64 a wrong option.

            Examples:
              review-coach                            paste the review at the prompt
              review-coach --review-file bad.txt      start with the review in a file
              review-coach --record new.transcript    keep the session as a transcript
              review-coach --you-first                write your reply before you see mine
              review-coach < answers.txt > out.txt    typed lines from a file, no prompts
            """
    )

    @Option(name: .customLong("review-file"), help: ArgumentHelp("Start with the review in this file.", valueName: "file"))
    var reviewFile: String?

    @Option(help: ArgumentHelp("Replay a session: one typed line per line of the file, shown after its prompt.", valueName: "file"))
    var script: String?

    @Flag(help: "Before each question, say why it is asked (for teaching).")
    var explain = false

    @Flag(name: .customLong("you-first"), help: "Write your own reply before the coach shows its own: yours is checked and graded for the review, then the verdict and the coach's reply follow (for teaching).")
    var youFirst = false

    @OptionGroup var options: SessionOptions

    func run() throws {
        var settings = options.settings
        settings.youFirst = youFirst
        try ChatLaunch(reviewFile: reviewFile, script: script, explain: explain, settings: settings).run()
    }
}
