import CoachCore

/// The shell's practice loop: reads the trainee's lines through any `LineReader` (libedit on a
/// terminal, the plain reader on a pipe, as in the chat), advances the pure `PracticeSession`,
/// and writes the rendered events. Only the answers to "which kind?" go into line history;
/// drafts never do.
public final class PracticeLoop {
    public let session: PracticeSession
    let renderer: PracticeRenderer
    let reader: LineReader
    let channels: [ChatLoop.Channel]
    /// Where to write the prompt before reading, for a reader that does not show it itself
    /// (the plain reader on a terminal); `nil` when the reader shows it or input is a pipe.
    let writesPrompt: OutputSink?

    public init(session: PracticeSession, reader: LineReader, channels: [ChatLoop.Channel], writesPromptTo: OutputSink? = nil) {
        self.session = session
        self.renderer = PracticeRenderer(catalog: session.catalog)
        self.reader = reader
        self.channels = channels
        self.writesPrompt = writesPromptTo
    }

    /// Runs the plan until every case is answered, the trainee quits, or the input ends;
    /// returns the final state (for the report).
    @discardableResult
    public func run(_ plan: PracticePlan) -> PracticeState {
        var (state, events) = session.start(plan)
        show(events)
        while !state.isFinished {
            let prompt = renderer.prompt(for: state.step)
            writesPrompt?.write(prompt)
            switch reader.readLine(LineRequest(prompt: prompt, completions: session.completions(for: state))) {
            case .interrupted:
                continue
            case .tooLong(let limit):
                _ = limit
                show([.linesLeftOut(count: 1)])
                continue
            case .endOfInput:
                for channel in channels { channel.echo(prompt + Transcript.endOfInputMark) }
                (state, events) = session.stop(state)
            case .line(let line):
                for channel in channels { channel.echo(prompt + line) }
                if session.script.entry(state.step).accepts.keepsInHistory(line) { reader.remember(line) }
                (state, events) = session.step(state, line)
            }
            show(events)
        }
        return state
    }

    private func show(_ events: [PracticeEvent]) {
        let lines = renderer.render(events)
        for channel in channels { channel.write(lines) }
    }
}
