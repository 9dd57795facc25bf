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
    /// Seconds on a clock, read when a case is shown and at each line typed (a fake one in
    /// replays and tests, so the time limit gives the same result every run).
    let clock: () -> Double

    public init(session: PracticeSession, reader: LineReader, channels: [ChatLoop.Channel], writesPromptTo: OutputSink? = nil,
                clock: @escaping () -> Double = MonotonicClock.seconds) {
        self.session = session
        self.clock = clock
        self.renderer = PracticeRenderer(catalog: session.catalog)
        self.reader = reader
        self.channels = channels
        self.writesPrompt = writesPromptTo
    }

    /// Runs the plan until every case is answered, the trainee quits, or the input ends;
    /// returns the final state (for the report).
    @discardableResult
    public func run(_ plan: PracticePlan) -> PracticeState {
        var (state, events) = session.start(plan, at: clock())
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
                (state, events) = session.step(state, line, at: clock())
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
