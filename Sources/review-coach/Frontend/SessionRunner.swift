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
    /// typed lines shown after their prompts; `sessionName` names the autosave file.
    ///
    /// A resumed session (`opening` given) is rebuilt from its lines silently and says so, while
    /// a `--record` transcript gets those lines from the start as if typed, so it replays; a
    /// new one (a review file) feeds its lines through the loop as if typed, so the coach's
    /// answer to them is shown and recorded.
    func run(explain: Bool, lines: [String], scriptPath: String?, sessionName: String, opening: [StyledLine]?) throws {
        let coach = Coach(catalog: catalog)
        let environment = Environment.current()
        let outputIsTerminal = isatty(1) == 1
        let (reader, echo) = try makeReader(scriptPath: scriptPath)
        let stateDirectory = StateDirectory(environment: environment)
        // A live terminal session remembers the profile; anything scripted takes it only from
        // --profile, so that it runs the same anywhere.
        let remembersProfile = echo == .byReader && !options.incognito && options.profile == nil
        let profile = try options.profile.map(ProfileFile.read) ?? (remembersProfile ? ProfileStore.read(from: stateDirectory) : OwnerProfile())
        let saved = SavedSession(explain: explain, lines: lines)
        let resuming = opening != nil
        let store = options.incognito ? nil : try SessionStore(folder: stateDirectory.sessionsFolder, name: sessionName)
        var channels = [
            ChatLoop.Channel(
                sink: FileDescriptorSink.standardOutput, echo: echo,
                width: options.width ?? (outputIsTerminal ? TerminalSize.columns() : 80),
                palette: .forTerminal(isTerminal: outputIsTerminal, environment: environment))
        ]
        let arguments = (explain ? ["--explain"] : []) + (options.profile.map { ["--profile", $0] } ?? [])
        let recorder = try options.record.map { try TranscriptRecorder(path: $0, arguments: arguments) }
        if let recorder { channels.append(.transcript(recorder.sink)) }
        defer { recorder?.finish(exitCode: 0) }
        let catalog = catalog
        let loop = ChatLoop(
            coach: coach, reader: reader, channels: channels,
            session: resuming ? Self.rebuild(saved, profile: profile, with: coach) : Session(state: InterviewState(explain: explain, profile: profile)),
            typedLines: resuming ? lines : [],
            onSave: { path, session in Self.save(session, to: path, catalog: catalog) },
            onStep: { session, typed in
                try? store?.save(SavedSession(explain: session.state.explain, lines: typed))
            }
        )
        // A session with lines already in (a review file, a resumed session) is saved at once;
        // an empty one is first saved when the owner types, so start-up writes nothing.
        if !lines.isEmpty { try store?.save(saved) }
        loop.run(opening: opening, preTyped: resuming ? [] : lines, resumed: resuming ? saved : nil)
        // At a terminal, someone who leaves before the verdict learns that nothing is lost.
        if echo == .byReader, store != nil, !loop.typedLines.isEmpty, !coach.script.hasVerdict(at: loop.session.state.step) {
            channels[0].write([StyledLine(.hint, catalog.text("resume.hint"))])
        }
        if remembersProfile {
            let details = loop.session.state.details
            let learned = profile.updated(with: OwnerProfile(signature: details[.name], contact: details[.contact]))
            if learned != profile {
                try ProfileStore.save(learned, in: stateDirectory)
                channels[0].write([StyledLine(.hint, catalog.text("profile.remembered"))])
            }
        }
    }

    /// The session a saved one's lines lead to, with the profile they were typed with.
    static func rebuild(_ saved: SavedSession, profile: OwnerProfile, with coach: Coach) -> Session {
        var session = Session(state: InterviewState(explain: saved.explain, profile: profile))
        for line in saved.lines { session = coach.step(session, line).0 }
        return session
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
    static func save(_ session: Session, to path: String?, catalog: PromptCatalog) -> [StyledLine] {
        guard let path, !path.isEmpty else { return [StyledLine(.hint, catalog.text("save.no_path"))] }
        do {
            try AtomicFile.write(SessionReport(catalog: catalog).markdown(for: session.state), to: path, overwrite: false)
            return [StyledLine(.hint, catalog.text("save.done", ["path": path]))]
        } catch {
            return [StyledLine(.error, catalog.text("save.failed", ["reason": "\(error)"]))]
        }
    }
}
