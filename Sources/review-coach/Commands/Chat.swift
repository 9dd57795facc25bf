import ArgumentParser
import CoachCore
import CoachShell
import Foundation

/// The interactive coach (the default command).
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Talk through one negative review (the default).",
        discussion: """
            On a terminal you get line editing, history and Tab completion. With standard input \
            from a pipe or a file, the coach reads your answers line by line and prints no prompts.
            """
    )

    @Option(name: .customLong("review-file"), help: ArgumentHelp("Start with the review in this file.", valueName: "file"))
    var reviewFile: String?

    @Option(help: ArgumentHelp("Replay a session: one typed line per line of the file, shown after its prompt.", valueName: "file"))
    var script: String?

    @Option(help: ArgumentHelp("Use edited prompt files from this folder on top of the built-in wording.", valueName: "dir"))
    var prompts: String?

    @Flag(help: "Before each question, say why it is asked (for teaching).")
    var explain = false

    @Flag(name: .customLong("no-history"), help: "Do not read or write line history.")
    var noHistory = false

    @Option(help: ArgumentHelp("Also write the session as a transcript to this file (it must not exist yet).", valueName: "file"))
    var record: String?

    @Option(help: ArgumentHelp("Wrap text at this many columns (default: the terminal's width, or 80).", valueName: "n"))
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 (got \(width)).") }
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: prompts)
        let coach = Coach(catalog: catalog)
        let environment = ProcessInfo.processInfo.environment
        let isTerminal = isatty(1) == 1
        let reader: LineReader
        let echo: ChatLoop.Echo
        if let script {
            let descriptor = open(script, O_RDONLY)
            guard descriptor >= 0 else {
                throw ValidationError("--script \(script): cannot open the file (\(String(cString: strerror(errno)))); check the path.")
            }
            reader = PlainLineReader(descriptor: descriptor)
            echo = .promptAndInput
        } else {
            reader = PlainLineReader(descriptor: 0)
            echo = .none
        }
        var session = Session(state: InterviewState(explain: explain))
        if let reviewFile {
            let data = try Data(contentsOf: URL(fileURLWithPath: reviewFile))
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.append("")
            for line in lines where !line.isEmpty || !session.state.reviewLines.isEmpty {
                session = coach.step(session, line).0
            }
        }
        let terminal = ChatLoop.Channel(
            sink: FileDescriptorSink.standardOutput, echo: echo,
            width: width ?? (isTerminal ? TerminalSize.columns() : 80),
            palette: .forTerminal(isTerminal: isTerminal, environment: environment)
        )
        var channels = [terminal]
        let recorder = try record.map { try TranscriptRecorder(path: $0, arguments: explain ? ["--explain"] : []) }
        if let recorder { channels.append(.transcript(recorder.sink)) }
        defer { recorder?.finish(exitCode: 0) }
        let loop = ChatLoop(
            coach: coach, reader: reader, channels: channels, session: session,
            onSave: { path, session in Self.save(session, to: path, catalog: catalog) }
        )
        loop.run()
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
