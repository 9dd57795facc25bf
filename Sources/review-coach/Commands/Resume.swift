import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach resume`: carries on with the newest saved session, exactly where it stopped.
struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Carry on with your last session, exactly where it stopped.",
        discussion: """
            Every answer is saved as you type it, under $XDG_STATE_HOME/review-coach/sessions/ \
            (default ~/.local/state/review-coach/sessions/). If the coach was closed, killed or \
            the terminal went away, resume picks up the newest session with every answer kept.

            Exit codes: 0 the session ended; 1 there is no saved session, or it cannot be read \
            (the reason is printed); 64 a wrong option.

            Example:
              review-coach resume
            """
    )

    @OptionGroup var options: SessionOptions

    func run() throws {
        let folder = StateDirectory().sessionsFolder
        guard let (path, saved) = try SessionStore.newest(in: folder) else {
            throw ShellError("there is no saved session to resume in \(folder). Start one with: review-coach")
        }
        let runner = try SessionRunner(settings: options.settings)
        let name = FilePath.removingExtension(FilePath.split(path).name)
        let opening = [StyledLine(.hint, runner.catalog.text("resume.opening", ["count": "\(saved.lines.count)"]))]
        try runner.run(explain: saved.explain, lines: saved.lines, scriptPath: nil, sessionName: name, opening: opening)
    }
}
