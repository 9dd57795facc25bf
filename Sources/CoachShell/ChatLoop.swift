import CoachCore

/// The shell's conversation loop: reads lines through a `LineReader`, advances the pure `Coach`,
/// and writes the rendered events. The same loop serves the terminal, pipes, scripts and
/// transcript replay; only the reader, the sink and the options differ.
public final class ChatLoop {
    /// How input appears in the output.
    public enum Echo: Sendable {
        /// The reader shows the prompt and the typed text itself (libedit on a terminal).
        case byReader
        /// Nothing: a pipe gets the coach's words only, no prompts.
        case none
        /// The prompt and the input are written to the output, as a terminal would show them
        /// (scripted sessions and transcripts).
        case promptAndInput
    }

    /// What happened to the session in the end.
    public enum Ending: Equatable, Sendable {
        case quit
        case endOfInput
    }

    /// One place the conversation is written to, with its own echo, width and colours.
    public struct Channel {
        let sink: OutputSink
        let echo: Echo
        let format: ReadableLines
        /// Whether the channel holds the whole conversation from its start (a transcript): a
        /// resumed session is written to it from the beginning, not from where it was resumed.
        let fromTheStart: Bool
        /// Whether the width is read from the terminal before each write, so text wraps to the
        /// window as it is now, after any resize (SIGWINCH), not as it was at start-up.
        let followsTerminalWidth: Bool

        public init(sink: OutputSink, echo: Echo, width: Int?, palette: Palette, followsTerminalWidth: Bool = false) {
            self.init(sink: sink, echo: echo, width: width, palette: palette, fromTheStart: false, followsTerminalWidth: followsTerminalWidth)
        }

        init(sink: OutputSink, echo: Echo, width: Int?, palette: Palette, fromTheStart: Bool, followsTerminalWidth: Bool = false) {
            self.sink = sink
            self.echo = echo
            self.format = ReadableLines(width: width, palette: palette)
            self.fromTheStart = fromTheStart
            self.followsTerminalWidth = followsTerminalWidth
        }

        /// A transcript channel: prompts and input shown, 80 columns, no colour, the whole
        /// conversation from its start.
        public static func transcript(_ sink: OutputSink) -> Channel {
            Channel(sink: sink, echo: .promptAndInput, width: Transcript.width, palette: Palette(enabled: false), fromTheStart: true)
        }
    }

    public let coach: Coach
    public let renderer: EventRenderer
    let reader: LineReader
    let channels: [Channel]
    /// Called when the owner asks to save; returns lines to show (a confirmation or an error).
    let onSave: (String?, Session) -> [StyledLine]
    /// Called when the owner asks for the evidence pack; returns lines to show (a confirmation
    /// or an error).
    let onEvidence: (String?, Session) -> [StyledLine]
    /// Called after every line that changed the session, with the new session and the line as
    /// the autosave keeps it: a line that changed nothing (`/help`) is not passed, and one left out
    /// for its size is passed as its size only, never its text. Returns lines to show (a failure
    /// to save).
    let onStep: (Session, JournalLine) -> [StyledLine]
    /// Called once the coach's answer to a line is shown, with the session: the place for work
    /// that must not delay the answer (putting the autosave on the disk). Returns lines to show.
    let afterAnswer: (Session) -> [StyledLine]
    public private(set) var session: Session
    /// Every line typed in this session, in order (a resumed session starts with the saved ones).
    public private(set) var typedLines: [String]
    private var warnedAboutUTF8 = false

    public init(
        coach: Coach, reader: LineReader, channels: [Channel], session: Session = Session(),
        typedLines: [String] = [],
        onSave: @escaping (String?, Session) -> [StyledLine] = { _, _ in [] },
        onEvidence: @escaping (String?, Session) -> [StyledLine] = { _, _ in [] },
        onStep: @escaping (Session, JournalLine) -> [StyledLine] = { _, _ in [] },
        afterAnswer: @escaping (Session) -> [StyledLine] = { _ in [] }
    ) {
        self.coach = coach
        self.renderer = EventRenderer(catalog: coach.catalog, script: coach.script)
        self.reader = reader
        self.channels = channels
        self.session = session
        self.typedLines = typedLines
        self.onSave = onSave
        self.onEvidence = onEvidence
        self.onStep = onStep
        self.afterAnswer = afterAnswer
    }

    /// Greets (or shows `opening` lines instead), asks the current question, and runs until
    /// `/quit` or the end of input.
    ///
    /// `preTyped` lines (a review from a file) go through the coach before the first read, as if
    /// typed: every channel shows them as the reader would have (after their prompt, where input
    /// is shown), followed by what the coach answered, so the terminal shows what the coach
    /// noticed and a recorded transcript reads, and replays, as the conversation that happened.
    ///
    /// A `resumed` session (the loop's session is rebuilt from its lines) says so with `opening`
    /// and asks the current question on the channels that show it live; a channel that holds the
    /// whole conversation (a transcript) gets it from the start instead, as if the saved lines
    /// were typed now, so a recorded transcript replays like any other.
    @discardableResult
    public func run(opening: [StyledLine]? = nil, preTyped: [String] = [], resumed: SavedSession? = nil) -> Ending {
        if let resumed {
            let live = channels.filter { !$0.fromTheStart }
            show(opening ?? renderer.greeting(), on: live)
            show(renderer.render(coach.opening(session)), on: live)
            let whole = channels.filter(\.fromTheStart)
            if !whole.isEmpty {
                let earlier = ChatLoop(coach: coach, reader: reader, channels: whole,
                                       session: Session(state: InterviewState(explain: resumed.explain, profile: session.state.profile,
                                                                              learnsProfile: session.state.learnsProfile)))
                earlier.start(opening: nil, preTyped: resumed.lines)
            }
        } else if start(opening: opening, preTyped: preTyped) == .quit {
            return .quit
        }
        while true {
            let prompt = renderer.prompt(for: session.state.step)
            let request = LineRequest(prompt: prompt, completions: coach.completions(for: session))
            switch reader.readLine(request) {
            case .endOfInput:
                echoInput(prompt + Transcript.endOfInputMark)
                return .endOfInput
            case .interrupted:
                continue
            case .tooLong(let limit):
                echoInput(prompt + catalogMark)
                show([StyledLine(.error, coach.catalog.text("input.too_long", ["limit": "\(limit)"]))])
            case .line(let line):
                if reader.sawInvalidUTF8 && !warnedAboutUTF8 {
                    warnedAboutUTF8 = true
                    show(renderer.render(.invalidUTF8))
                }
                echoInput(prompt + line)
                if coach.script.entry(session.state.step).accepts.keepsInHistory(line) { reader.remember(line) }
                if handle(line) == .quit { return .quit }
            }
        }
    }

    /// Greets (or shows `opening`), asks the current question, and feeds `preTyped` lines
    /// through the coach, shown after their prompts. Returns `.quit` when one of them quit.
    @discardableResult
    func start(opening: [StyledLine]?, preTyped: [String]) -> Ending? {
        show(opening ?? renderer.greeting())
        show(renderer.render(coach.opening(session)))
        for line in preTyped {
            let shown = renderer.prompt(for: session.state.step) + line
            for channel in channels where channel.echo != .none { channel.writeInput(shown) }
            if handle(line) == .quit { return .quit }
        }
        return nil
    }

    /// Feeds one line to the coach and shows what it says. Returns `.quit` when the owner quit.
    func handle(_ line: String) -> Ending? {
        let (next, events) = coach.step(session, line)
        let changed = next != session
        let leftOut = next.state.linesLeftOut > session.state.linesLeftOut
        session = next
        typedLines.append(line)
        if changed { show(onStep(session, leftOut ? .leftOut(bytes: line.utf8.count) : .typed(line))) }
        for event in events {
            if case .saveRequested(let path) = event {
                show(onSave(path, session))
            } else if case .evidenceRequested(let path) = event {
                show(onEvidence(path, session))
            } else {
                show(renderer.render(event))
            }
        }
        show(afterAnswer(session))
        return events.contains(.quit) ? .quit : nil
    }

    /// What a transcript shows where a line was too long to keep.
    private let catalogMark = "[line left out: too long]"

    /// Writes the prompt and what was typed to the channels that show input.
    func echoInput(_ text: String) {
        for channel in channels where channel.echo == .promptAndInput { channel.writeInput(text) }
    }

    /// Writes lines to every channel: escaped, wrapped and coloured as each channel says.
    public func show(_ lines: [StyledLine]) { show(lines, on: channels) }

    func show(_ lines: [StyledLine], on channels: [Channel]) {
        guard !lines.isEmpty else { return }
        for channel in channels { channel.write(lines) }
    }
}
