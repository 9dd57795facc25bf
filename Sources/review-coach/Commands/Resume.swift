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
        guard let found = try JournalReader.newest(in: folder) else {
            throw ShellError("there is no saved session to resume in \(folder). Start one with: review-coach")
        }
        let runner = try SessionRunner(settings: options.settings)
        let saved = found.session
        let count = ["count": "\(saved.lines.count)"]
        let opening = [StyledLine(.hint, runner.catalog.text(found.torn ? "resume.torn" : "resume.opening", count))]
        let journal = options.settings.incognito ? nil : try carryOn(found, in: folder)
        let name = FilePath.removingExtension(FilePath.split(journal?.path ?? found.path).name)
        try runner.run(explain: saved.explain, lines: saved.lines, scriptPath: nil, sessionName: name, opening: opening, journal: journal)
    }

    /// The journal the resumed session goes on writing: the same one (locked, so a session that
    /// is still running is refused), or, for a session saved by an older version, a new journal
    /// with its lines, after which the old file is removed.
    private func carryOn(_ found: JournalReader.Found, in folder: String) throws -> SessionJournal {
        guard found.path.hasSuffix(".json") else { return try SessionJournal.reopen(path: found.path, wholeBytes: found.wholeBytes) }
        let journal = try SessionJournal.create(folder: folder, name: SessionName.new(), explain: found.session.explain)
        do {
            for line in found.session.lines { try journal.append(line) }
            try journal.sync()
        } catch {
            throw ShellError("cannot carry on the session in \(found.path): \(SafeFile.reason(error))")
        }
        unlink(found.path)
        return journal
    }
}
