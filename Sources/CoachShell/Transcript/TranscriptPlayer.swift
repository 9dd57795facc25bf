import CoachCore

/// Replays a transcript's input through the same chat loop an owner uses (a scripted reader in
/// place of libedit) and produces the transcript the program gives today.
public struct TranscriptPlayer {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The prompts that mark input lines: the chat's and practice's.
    public var prompts: [String] {
        let renderer = EventRenderer(catalog: catalog)
        let practice = PracticeRenderer(catalog: catalog)
        return [Step.review, .mood, .draft].map(renderer.prompt(for:)) + [practice.prompt(for: .practiceVerdict)]
    }

    /// The transcript as the program produces it now, from the same header and inputs, with
    /// the owner profile its `--profile` argument names.
    public func replay(_ transcript: Transcript, profile: OwnerProfile = OwnerProfile()) -> Transcript {
        let sink = BufferSink()
        let reader = ScriptedLineReader(lines: transcript.inputs(prompts: prompts))
        if let plan = practicePlan(transcript.arguments) {
            let options = PracticeOptions(arguments: transcript.arguments)
            let session = PracticeSession(catalog: catalog, mode: options.mode, timeLimit: options.timeLimit)
            PracticeLoop(session: session, reader: reader, channels: [.transcript(sink)], clock: FakeClock.perLine().now).run(plan)
            return Transcript(header: transcript.header, body: body(of: sink))
        }
        let explain = transcript.arguments.contains("--explain")
        let script: Script = transcript.arguments.contains("--you-first") ? .interviewYouFirst : .interview
        let loop = ChatLoop(
            coach: Coach(catalog: catalog, script: script), reader: reader, channels: [.transcript(sink)],
            session: Session(state: InterviewState(explain: explain, profile: profile)),
            onSave: { path, _ in [StyledLine(.hint, "(saving is not replayed: \(path ?? "no file"))")] },
            onEvidence: { [catalog] path, session in Self.evidenceShown(path, session, catalog: catalog) }
        )
        loop.run()
        return Transcript(header: transcript.header, body: body(of: sink))
    }

    /// What a replay shows for `/evidence FILE`: no file is written; the pack it would hold is
    /// shown instead, so the transcript pins down its contents.
    static func evidenceShown(_ path: String?, _ session: Session, catalog: PromptCatalog) -> [StyledLine] {
        guard let path, !path.isEmpty else { return [StyledLine(.hint, catalog.text("evidence.no_path"))] }
        let pack = EvidencePack(catalog: catalog).document(for: session.state)
        return [StyledLine(.hint, catalog.text("evidence.replayed", ["path": path]))]
            + pack.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { StyledLine(.plain, $0.isEmpty ? "" : "  " + $0) }
    }

    /// A practice session's plan from "# args: practice [--pack NAME] --cases N --seed S" (the
    /// built-in pack, 5 cases and seed 0 when not given); `nil` for a chat.
    func practicePlan(_ arguments: [String]) -> PracticePlan? {
        func value(_ option: String) -> String? {
            arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        guard arguments.first == "practice", let library = try? CaseLibrary(pack: value("--pack") ?? "builtin", catalog: catalog)
        else { return nil }
        var plan = PracticePlan(library: library, count: value("--cases").flatMap { Int($0) } ?? 5,
                                seed: value("--seed").flatMap { UInt64($0) } ?? 0)
        plan.source = value("--pack").map { " --pack \($0)" } ?? ""
        return plan
    }

    /// The lines written, with the exit line.
    private func body(of sink: BufferSink) -> [String] {
        var body = sink.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if body.last == "" { body.removeLast() }
        body.append("[exit 0]")
        return body
    }
}
