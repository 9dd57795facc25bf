import CoachCore

/// Replays a transcript's input through the same chat loop an owner uses (a scripted reader in
/// place of libedit) and produces the transcript the program gives today.
public struct TranscriptPlayer {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The prompts that mark input lines.
    public var prompts: [String] {
        let renderer = EventRenderer(catalog: catalog)
        return [Step.review, .mood, .draft].map(renderer.prompt(for:))
    }

    /// The transcript as the program produces it now, from the same header and inputs, with
    /// the owner profile its `--profile` argument names.
    public func replay(_ transcript: Transcript, profile: OwnerProfile = OwnerProfile()) -> Transcript {
        let sink = BufferSink()
        let reader = ScriptedLineReader(lines: transcript.inputs(prompts: prompts))
        let explain = transcript.arguments.contains("--explain")
        let loop = ChatLoop(
            coach: Coach(catalog: catalog), reader: reader, channels: [.transcript(sink)],
            session: Session(state: InterviewState(explain: explain, profile: profile)),
            onSave: { path, _ in [StyledLine(.hint, "(saving is not replayed: \(path ?? "no file"))")] }
        )
        loop.run()
        var body = sink.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if body.last == "" { body.removeLast() }
        body.append("[exit 0]")
        return Transcript(header: transcript.header, body: body)
    }
}
