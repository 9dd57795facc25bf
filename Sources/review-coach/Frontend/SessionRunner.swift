import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options every interactive command shares (chat and resume).
struct SessionOptions: ParsableArguments {
    @Flag(name: .customLong("no-history"), help: "Do not read or write line history.")
    var noHistory = false

    @Flag(help: "Write nothing at all to disk: no history, no saved session.")
    var incognito = false

    @Option(help: ArgumentHelp("Also write the session as a transcript to this file (it must not exist yet).", valueName: "file"))
    var record: String?

    @Option(help: ArgumentHelp("Use the owner profile in this JSON file ({\"business\", \"industry\", \"signature\", \"contact\", \"listings\"}) instead of the stored one.", valueName: "file"))
    var profile: String?

    @OptionGroup var display: DisplayOptions

    /// The same options as plain values.
    var settings: SessionSettings {
        SessionSettings(noHistory: noHistory, incognito: incognito, record: record, prompts: display.prompts,
                        width: display.width, profile: profile)
    }
}

/// Wires the pure coach to the terminal or a pipe, the session file and the recorder, and runs
/// the chat loop. The one place where the interactive commands touch the outside world.
struct SessionRunner {
    let options: SessionSettings
    let catalog: PromptCatalog

    init(settings: SessionSettings) throws {
        self.options = settings
        self.catalog = try PromptLoader.load(overrides: settings.prompts)
    }

    /// Runs a session that starts from `lines` already typed. `scriptPath` replays a file of
    /// typed lines shown after their prompts; `sessionName` names the autosave journal, and
    /// `journal` is the open journal of a resumed session (which goes on in the same file).
    ///
    /// A resumed session (`opening` given) is rebuilt from its lines silently and says so, while
    /// a `--record` transcript gets those lines from the start as if typed, so it replays; a
    /// new one (a review file) feeds its lines through the loop as if typed, so the coach's
    /// answer to them is shown and recorded.
    ///
    /// Throws `ExitCode(1)` after the session when what was typed could not be saved: the owner
    /// has been told, and a script sees the failure.
    func run(explain: Bool, lines: [String], scriptPath: String?, sessionName: String, opening: [StyledLine]?,
             journal: SessionJournal? = nil) throws {
        let coach = Coach(catalog: catalog, script: options.youFirst ? .interviewYouFirst : .interview)
        let environment = Environment.current()
        let (reader, echo) = try makeReader(scriptPath: scriptPath)
        let stateDirectory = StateDirectory(environment: environment)
        // A live terminal session remembers the profile; anything scripted, or recorded as a
        // transcript, takes it only from --profile, so that it runs the same anywhere.
        let remembersProfile = echo == .byReader && !options.incognito && options.profile == nil && options.record == nil
        let profile = try options.profile.map(ProfileFile.read) ?? (remembersProfile ? ProfileStore.read(from: stateDirectory) : OwnerProfile())
        let saved = SavedSession(explain: explain, lines: lines)
        let resuming = opening != nil
        let autosave = try makeAutosave(state: stateDirectory, name: sessionName, explain: explain, journal: journal)
        var channels = [
            ChatLoop.Channel.standardOutput(.current(width: options.width, environment: environment), echo: echo)
        ]
        let arguments = (explain ? ["--explain"] : []) + (options.youFirst ? ["--you-first"] : [])
            + (options.profile.map { ["--profile", $0] } ?? [])
        let recorder = try options.record.map { try TranscriptRecorder(path: $0, arguments: arguments) }
        if let recorder { channels.append(.transcript(recorder.sink)) }
        let catalog = catalog
        let saves = SaveFailures()
        let loop = ChatLoop(
            coach: coach, reader: reader, channels: channels,
            session: resuming
                ? Self.rebuild(saved, profile: profile, learnsProfile: remembersProfile, with: coach)
                : Session(state: InterviewState(explain: explain, profile: profile, learnsProfile: remembersProfile)),
            typedLines: resuming ? lines : [],
            onSave: { path, session in
                let (lines, saved) = Self.save(session, to: path, catalog: catalog)
                if !saved { saves.count += 1 }
                return lines
            },
            onEvidence: { path, session in
                let (lines, written) = Self.writeEvidence(session, to: path, catalog: catalog)
                if !written { saves.count += 1 }
                return lines
            },
            onStep: { _, line in
                // Written at once (it survives a crash of the program), not yet synced.
                Self.failureLines(autosave?.record(line), catalog: catalog)
            },
            afterAnswer: { session in
                // After the answer is on the screen: the verdict is a moment worth having on the
                // disk, and every `syncEvery` lines the batch goes there too.
                Self.failureLines(autosave?.syncIfDue(atVerdict: coach.script.entry(session.state.step).arrival == .verdict), catalog: catalog)
            }
        )
        loop.run(opening: opening, preTyped: resuming ? [] : lines, resumed: resuming ? saved : nil)
        // Every failure to keep what was typed or asked for makes the exit code 1, so a script
        // sees it; each has been said in the conversation.
        var failed = saves.count > 0
        if reader.abandonedInput {
            channels[0].write([StyledLine(.error, catalog.text("input.abandoned", ["limit": "\(PlainLineReader.defaultMaxLineBytes)"]))])
            failed = true
        }
        if let autosave, let failure = autosave.finish() {
            channels[0].write([StyledLine(.error, catalog.text("autosave.lost", ["reason": failure]))])
            failed = true
        } else if let autosave, autosave.hasContent, !coach.script.hasVerdict(at: loop.session.state.step) {
            // Someone who leaves before the verdict (or whose piped input ends there) learns that
            // nothing is lost: said only now, after the journal is on the disk.
            channels[0].write([StyledLine(.hint, catalog.text("resume.hint"))])
        }
        if let problem = recorder?.finish(exitCode: failed ? 1 : 0) {
            channels[0].write([StyledLine(.error, catalog.text("save.failed", ["reason": problem]))])
            failed = true
        }
        if remembersProfile {
            let state = loop.session.state
            let learned = state.knownProfile.updated(with: OwnerProfile(signature: state.details[.name], contact: state.details[.contact]))
            if learned != profile {
                do {
                    try ProfileStore.save(learned, in: stateDirectory)
                    // Name only what is now kept and was not before: never more than was stored.
                    let members = ProfileView.changedMembers(from: profile, to: learned)
                        .map { catalog.text("profile.member.\($0)") }.joined(separator: ", ")
                    channels[0].write([StyledLine(.hint, catalog.text("profile.remembered", ["members": members]))])
                } catch {
                    channels[0].write([StyledLine(.error, catalog.text("save.failed", ["reason": "\(error)"]))])
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The session a saved one's lines lead to, with the profile they were typed with.
    static func rebuild(_ saved: SavedSession, profile: OwnerProfile, learnsProfile: Bool, with coach: Coach) -> Session {
        var session = Session(state: InterviewState(explain: saved.explain, profile: profile, learnsProfile: learnsProfile))
        for line in saved.lines { session = coach.step(session, line).0 }
        return session
    }

    /// What to tell the owner when saving has just failed.
    private static func failureLines(_ failure: String?, catalog: PromptCatalog) -> [StyledLine] {
        failure.map { [StyledLine(.error, catalog.text("autosave.failing", ["reason": $0]))] } ?? []
    }

    /// The autosave of this session, or nil with `--incognito`. A resumed session carries on
    /// its own journal; a new one creates its journal when the first line is typed.
    private func makeAutosave(state: StateDirectory, name: String, explain: Bool, journal: SessionJournal?) throws -> SessionAutosave? {
        guard !options.incognito else { return nil }
        if let journal { return SessionAutosave(continuing: journal) }
        let folder = state.sessionsFolder
        return SessionAutosave(open: {
            try state.create(folder)
            return try SessionJournal.create(folder: folder, name: name, explain: explain)
        })
    }

    private func makeReader(scriptPath: String?) throws -> (LineReader, ChatLoop.Echo) {
        if let scriptPath {
            let descriptor = open(scriptPath, O_RDONLY)
            guard descriptor >= 0 else {
                throw ShellError("--script \(scriptPath): cannot open the file (\(String(cString: strerror(errno)))); check the path.")
            }
            return (PlainLineReader(fileDescriptor: descriptor), .promptAndInput)
        }
        return StandardInput.reader(history: .standard(disabled: options.noHistory || options.incognito))
    }

    /// Writes the session as Markdown for `/save FILE`; never replaces an existing file.
    /// Returns what to say, and whether the file was written.
    static func save(_ session: Session, to path: String?, catalog: PromptCatalog) -> ([StyledLine], saved: Bool) {
        guard let path, !path.isEmpty else { return ([StyledLine(.hint, catalog.text("save.no_path"))], true) }
        do {
            try SafeFile.write(SessionReport(catalog: catalog).markdown(for: session.state), to: path, overwrite: false)
            return ([StyledLine(.hint, catalog.text("save.done", ["path": path]))], true)
        } catch {
            return ([StyledLine(.error, catalog.text("save.failed", ["reason": "\(error)"]))], false)
        }
    }
}

extension SessionRunner {
    /// Writes the evidence pack through `SafeFile` (never over an existing file); says it was
    /// written only once it was. Returns what to say, and false when the write failed.
    static func writeEvidence(_ session: Session, to path: String?, catalog: PromptCatalog) -> ([StyledLine], written: Bool) {
        guard let path, !path.isEmpty else { return ([StyledLine(.hint, catalog.text("evidence.no_path"))], true) }
        do {
            try SafeFile.write(EvidencePack(catalog: catalog).document(for: session.state), to: path, overwrite: false)
            return ([StyledLine(.hint, catalog.text("evidence.done", ["path": path]))], true)
        } catch {
            return ([StyledLine(.error, catalog.text("evidence.failed", ["reason": "\(error)"]))], false)
        }
    }
}

/// How many `/save` commands failed in a session (each was said; the exit code says it too).
final class SaveFailures {
    var count = 0
}
