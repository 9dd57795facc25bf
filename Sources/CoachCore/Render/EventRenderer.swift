/// Turns the coach's events into lines of text, every word taken from the prompt catalogue.
/// Pure: the shell decides where the lines go (terminal, transcript, file).
public struct EventRenderer: Sendable {
    public let catalog: PromptCatalog
    /// The script whose steps the events name: their questions, hints, reasons and names.
    public let script: Script

    public init(catalog: PromptCatalog, script: Script = .interview) {
        self.catalog = catalog
        self.script = script
    }

    /// The prompt shown before the cursor at a step (with its trailing space).
    public func prompt(for step: Step) -> String {
        let entry = script.entry(step)
        return switch (entry.accepts, entry.stores) {
        case (.lines, .draft): catalog.text("prompt.draft") + " "
        case (.lines, _): catalog.text("prompt.review") + " "
        default: catalog.text("prompt.answer") + " "
        }
    }

    /// The greeting at the start of a session.
    public func greeting() -> [StyledLine] { block(.plain, "app.greeting") }

    public func render(_ events: [CoachEvent]) -> [StyledLine] {
        events.flatMap(render)
    }

    public func render(_ event: CoachEvent) -> [StyledLine] {
        switch event {
        case let .ask(step, prefill):
            var lines = [StyledLine(.plain, "")] + block(.question, script.entry(step).question)
            if let prefill {
                lines += block(.hint, "ask.prefill", ["quote": quote(prefill.evidence.text), "answer": prefill.answer])
            }
            return lines
        case let .askClaim(step, claim):
            return [StyledLine(.plain, "")] + block(.question, script.entry(step).question, [
                "quote": quote(claim.text), "claim": catalog.text("claim.name.\(claim.category.rawValue)"),
            ])
        case let .channelAdvice(channel, scam): return block(.plain, scam ? "channel.scam" : "channel.\(channel.rawValue)")
        case .explainStep(let step):
            return [StyledLine(.plain, "")] + block(.hint, "explain.prefix") + block(.hint, script.entry(step).whyKey)
        case .reviewEmpty: return block(.hint, "review.empty")
        case .reviewTooLong(let limit): return block(.error, "review.too_long", ["limit": "\(limit)"])
        case .draftTooLong(let limit): return block(.error, "draft.too_long", ["limit": "\(limit)"])
        case .linesLeftOut(let count): return block(.warning, "input.left_out", ["count": "\(count)"])
        case .reviewSoFar(let review): return block(.hint, "review.so_far", ["quote": quote(review)])
        case .draftNotYet: return block(.hint, "draft.not_yet")
        case .noticed(let signals): return noticed(signals)
        case .moodAdvice(let mood): return block(.plain, "mood.\(mood.rawValue)")
        case .invalidAnswer(let step): return block(.warning, "hint.\(script.entry(step).accepts.key)")
        case let .fromProfile(step, value): return block(.hint, "profile.used", ["step": name(of: step), "value": quote(value)])
        case let .linkRefused(_, link): return block(.warning, "contact.link_refused", ["link": quote(link)])
        case let .detailTooLong(_, limit): return block(.warning, "detail.too_long", ["limit": "\(limit)"])
        case .assessment(let assessment): return render(assessment)
        case .decisionPath(let assessment): return decisionPath(assessment)
        case .draftChecked(let findings):
            return block(.heading, "draft.checked") + checkResult(findings)
        case .draftGraded(let grade): return [StyledLine(.plain, "")] + RubricRenderer(catalog: catalog).lines(grade)
        case .draftEmpty: return block(.hint, "draft.empty")
        case .help(let step):
            return help(for: step) + block(.plain, "help.commands")
        case .why(let step): return block(.plain, script.entry(step).whyKey)
        case .principle(let principle):
            return block(.plain, "why.principle", ["id": principle.rawValue, "statement": catalog.text("principle.\(principle.rawValue)"),
                                                    "source": catalog.text("principle.\(principle.rawValue).source")])
        case .summary(let state): return summary(state)
        case .unknownCommand(let word):
            return block(.error, "command.unknown", ["command": word, "commands": SlashCommand.words.joined(separator: " ")])
        case let .badCommandArgument(command, given):
            return block(.error, "command.bad_argument", ["command": command, "given": given])
        case .commandsOnly: return block(.hint, "done.commands_only")
        case .wentBack(let step): return block(.hint, "back.to", ["step": name(of: step)])
        case .nothingToUndo: return block(.hint, "back.nothing")
        case .restarted: return block(.hint, "restart.done")
        case .explainChanged(let on): return block(.hint, on ? "explain.on" : "explain.off")
        case .saveRequested, .evidenceRequested: return []
        case .nothingToSave: return block(.hint, "save.nothing")
        case .nothingForEvidence: return block(.hint, "evidence.nothing")
        case .quit: return block(.plain, "quit")
        case .invalidUTF8: return block(.warning, "input.invalid_utf8")
        }
    }

    /// The verdict, its reasons, the reply and its check, and the next steps. `inChat` false
    /// (classify --review) leaves out what only makes sense at the chat's prompt: /why, /draft.
    public func render(_ assessment: Assessment, inChat: Bool = true) -> [StyledLine] {
 var lines = [StyledLine(.plain, "")] + block(.heading, "verdict.header", ["verdict": catalog.text("verdict.\(assessment.verdict.rawValue)")])
        lines += block(.plain, "verdict.explain.\(assessment.verdict.rawValue)")
        if let sub = assessment.subkind {
            lines += block(.plain, "subkind.line", ["subkind": catalog.text("subkind.\(sub.kind.rawValue)")])
            for e in sub.evidence { lines += block(.plain, "subkind.evidence", ["quote": e.text]) }
        }
        lines += [StyledLine(.plain, "")] + block(.heading, "reasons.header")
        lines += reasons(for: assessment).map { StyledLine(.plain, "- " + $0) }
        lines += inChat
            ? block(.plain, "principles.line", ["principles": cite(assessment.principles)])
            : principlesLineOutsideChat(assessment.principles).map { StyledLine(.plain, $0) }
        lines += [StyledLine(.plain, "")] + block(.heading, "reply.header")
        lines += assessment.reply.split(separator: "\n", omittingEmptySubsequences: false).map { StyledLine(.reply, "  " + $0) }
        if assessment.composed.withheld == nil { lines += checkResult(assessment.replyFindings) }
        for held in assessment.composed.heldBack {
            lines += block(.warning, "reply.note_held_back", ["quote": quote(held.note)]) + findingLines(held.findings)
        }
        lines += [StyledLine(.plain, "")] + block(.heading, "next.header")
        lines += nextSteps(assessment.nextSteps).map { StyledLine(.plain, "- " + $0) }
        if inChat { lines += [StyledLine(.plain, "")] + block(.hint, "done.what_now") }
        return lines
    }

    /// What a step takes, for `/help` (the commands are listed after it).
    public func help(for step: Step) -> [StyledLine] {
        block(.plain, "help.\(script.entry(step).accepts.key)")
    }

    /// The principles cited, pointing to `review-coach teach` (outside the chat, /why is not there).
    public func principlesLineOutsideChat(_ principles: [Principle]) -> [String] {
        catalog.text("principles.line.teach", ["principles": cite(principles), "first": principles.first?.rawValue ?? "P1"])
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The three rules in order, each with the facts it read and whether it decided.
    public func decisionPath(_ assessment: Assessment) -> [StyledLine] {
        let facts = assessment.facts
        func value(_ fact: FactName) -> [String: String] {
            let (value, source) = facts.contractValue(of: fact)
            return ["value": value, "source": catalog.text("source.\(source.rawValue)")]
        }
        var lines = [StyledLine(.plain, "")] + block(.heading, "path.header")
        let decided = assessment.rule
        lines += block(.hint, "path.demand", value(.demand).merging(
            ["outcome": catalog.text(decided == .demandMakesThreat ? "path.decides" : "path.passes")]) { $1 })
        guard decided != .demandMakesThreat else { return lines }
        var trollValues = value(.customerFound)
        trollValues["fault"] = facts.ourFault.value.rawValue
        trollValues["outcome"] = catalog.text(decided == .noCustomerNoFaultMakesTroll ? "path.decides" : "path.passes")
        lines += block(.hint, "path.troll", trollValues)
        guard decided != .noCustomerNoFaultMakesTroll else { return lines }
        return lines + block(.hint, "path.otherwise")
    }

    /// One sentence per fact saying its value and where it came from, then the rule that decided.
    public func reasons(for assessment: Assessment) -> [String] {
        FactName.allCases.map { reason(for: $0, in: assessment) } + [ruleReason(for: assessment)]
    }

    /// The sentence for one fact: its value and where it came from, quoting the review when the
    /// text implied it.
    public func reason(for fact: FactName, in assessment: Assessment) -> String {
        let template = reasonTemplate(for: fact, in: assessment)
        guard let evidence = assessment.evidence(for: fact) else { return template }
        return reason(from: PromptTemplate(template), quoting: evidence)
    }

    /// The sentence for one fact with its `{quote}` left open; it depends only on the facts, so
    /// batch mode renders it once and fills in each review's quote with `reason(from:quoting:)`.
    public func reasonTemplate(for fact: FactName, in assessment: Assessment) -> String {
        let (value, source) = assessment.facts.contractValue(of: fact)
        return catalog.text("reason.\(source.rawValue)", [
            "fact": catalog.text("fact.\(fact.rawValue)"), "value": catalog.text("value.\(value)"),
        ])
    }

    /// A reason template with the evidence quoted.
    public func reason(from template: PromptTemplate, quoting evidence: Signal) -> String {
        template.render("quote", quote(evidence.text))
    }

    /// The sentence for the rule that decided, citing its principles.
    public func ruleReason(for assessment: Assessment) -> String {
        catalog.text("rule.\(assessment.rule.rawValue)") + " (" + cite(assessment.rule.principles) + ")"
    }

    /// The next steps as sentences, each citing its principles.
    public func nextSteps(_ steps: [NextStep]) -> [String] {
        steps.map { catalog.text("next.\($0.rawValue)") + " (" + cite($0.principles) + ")" }
    }

    /// The checker's result: a clean line, or each finding with its quote and advice.
    public func checkResult(_ findings: [Finding]) -> [StyledLine] {
        guard !findings.isEmpty else { return block(.hint, "check.clean") }
        return block(.warning, "check.findings", ["count": "\(findings.count)"]) + findingLines(findings)
    }

    /// One line per finding: its readable label, the quoted words and the advice.
    func findingLines(_ findings: [Finding]) -> [StyledLine] {
        findings.flatMap { finding in
            block(.warning, "check.finding", [
                "label": label(for: finding.code), "quote": quote(finding.text),
                "advice": advice(for: finding.code),
            ])
        }
    }

    /// The readable name of a finding code, from prompts/lint.txt (owners see this, not the code).
    public func label(for code: FindingCode) -> String {
        catalog.text("lint.label.\(code.rawValue)")
    }

    /// The advice for a finding code, from prompts/lint.txt.
    public func advice(for code: FindingCode) -> String {
        catalog.text("lint.advice.\(code.rawValue)")
    }

    /// The principle or rule a finding code cites, from prompts/lint.txt.
    public func principle(for code: FindingCode) -> String {
        catalog.text("lint.principle.\(code.rawValue)")
    }

    /// A replacement sentence for a finding code, from prompts/lint.txt (itself clean).
    public func rewrite(for code: FindingCode) -> String {
        catalog.text("lint.rewrite.\(code.rawValue)")
    }

    private func noticed(_ signals: [Signal]) -> [StyledLine] {
        guard !signals.isEmpty else { return block(.plain, "noticed.none") }
        var lines = block(.heading, "noticed.header")
        for signal in signals {
            lines += block(.quote, "noticed.item", ["what": catalog.text("signal.\(signal.kind.rawValue)"), "quote": quote(signal.text)])
        }
        return lines
    }

    private func summary(_ state: InterviewState) -> [StyledLine] {
        var lines = block(.heading, "summary.header")
        if state.reviewLines.isEmpty {
            lines += block(.plain, "summary.no_review")
        } else {
            lines += block(.plain, "summary.review", ["quote": quote(state.review)])
        }
        let profile = state.knownProfile
        if let business = profile.business { lines += block(.plain, "summary.business", ["business": business]) }
        if let industry = profile.industry {
            lines += block(.plain, "summary.industry", ["industry": catalog.text("industry.\(industry.rawValue)")])
        }
        let facts = state.facts
        for entry in script.entries {
            switch entry.stores {
            case .mood:
                guard let mood = state.mood else { continue }
                lines += block(.plain, "summary.mood", ["mood": mood.rawValue])
            case .fact(let fact):
                let (value, source) = facts.contractValue(of: fact)
                lines += block(.plain, "summary.fact", [
                    "fact": catalog.text("fact.\(fact.rawValue)"), "value": catalog.text("value.\(value)"),
                    "source": catalog.text("source.\(source.rawValue)"),
                ])
            case .answer:
                guard let answer = state.answers[entry.step] else { continue }
                lines += block(.plain, "summary.answer", ["step": name(of: entry.step), "value": answer])
            case .claim(let index):
                guard let answer = state.claimAnswers[index], state.claims.indices.contains(index) else { continue }
                lines += block(.plain, "summary.claim", [
                    "quote": quote(state.claims[index].text), "stance": catalog.text("stance.\(answer.stance.rawValue)"),
                ])
            case .channel:
                guard let channel = state.channel else { continue }
                lines += block(.plain, "summary.channel", ["channel": catalog.text("channel.name.\(channel.rawValue)")])
            case .nothing, .review, .draft, .detail, .profile: continue
            }
            if let note = state.notes[entry.step] { lines += block(.plain, "summary.note", ["note": quote(note)]) }
        }
        lines += block(.plain, "summary.step", ["step": name(of: state.step)])
        return lines
    }

    /// A step's short name, or its question for a step that has none.
    public func name(of step: Step) -> String {
        let entry = script.entry(step)
        return catalog.text(entry.name ?? entry.question)
    }

    /// A quote of review or reply text, on one line, shortened past 160 characters.
    public func quote(_ text: String) -> String {
        // Plain ASCII on one line (most quotes): a character is a byte, so no need to look at
        // the text character by character.
        if !text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 >= 0x80 }) {
            guard text.utf8.count > 160 else { return text }
            return String(decoding: text.utf8.prefix(157), as: UTF8.self) + "..."
        }
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " / ")
        guard oneLine.count > 160 else { return oneLine }
        return String(oneLine.prefix(157)) + "..."
    }

    /// Principle ids joined for a citation: "P10, P11".
    public func cite(_ principles: [Principle]) -> String {
        principles.map(\.rawValue).joined(separator: ", ")
    }

    private func block(_ style: LineStyle, _ key: String, _ values: [String: String] = [:]) -> [StyledLine] {
        catalog.text(key, values).split(separator: "\n", omittingEmptySubsequences: false)
            .map { StyledLine(style, String($0)) }
    }
}
