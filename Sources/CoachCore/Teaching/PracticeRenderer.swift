/// Turns practice events into lines of text, every word from the catalogue. Pure.
public struct PracticeRenderer: Sendable {
    public let catalog: PromptCatalog
    let events: EventRenderer

    public init(catalog: PromptCatalog) {
        self.catalog = catalog
        events = EventRenderer(catalog: catalog, script: .practice)
    }

    /// The prompt shown before the cursor at a step (with its trailing space): the draft's
    /// where text is typed line by line, the verdict's elsewhere.
    public func prompt(for step: Step) -> String {
        guard case .lines = events.script.entry(step).accepts else { return catalog.text(.practicePromptVerdict) + " " }
        return catalog.text(.practicePromptDraft) + " "
    }

    public func render(_ events: [PracticeEvent]) -> [StyledLine] { events.flatMap(render) }

    public func render(_ event: PracticeEvent) -> [StyledLine] {
        switch event {
        case .intro(let count): return block(.plain, .practiceIntro, ["count": "\(count)"])
        case .modeIntro, .verdictGiven, .answerKept, .examOver, .outOfTime: return renderModeEvent(event)
        case let .showCase(number, total, practiceCase):
            var lines = [blank] + block(.heading, .practiceCaseHeader, ["number": "\(number)", "total": "\(total)"])
            lines += StyledLine.indentedLines(.quote, practiceCase.review)
            lines += block(.plain, .practiceCaseContext, ["context": practiceCase.context])
            return lines
        case .askVerdict: return block(.question, .practiceAskVerdict)
        case .invalidVerdict: return events.render(.invalidAnswer(.practiceVerdict))
        case .askDraft: return block(.question, .practiceAskDraft)
        case .draftTooLong(let limit): return block(.error, .practiceDraftTooLong, ["limit": "\(limit)"])
        case .linesLeftOut(let count): return StyledLine.lines(.warning, catalog.text("input.left_out", ["count": "\(count)"]))
        case let .graded(grade, score):
            let verdicts = grade.mode.asksVerdict ? block(.hint, .practiceScore, scoreValues(score)) : []
            return render(grade) + [blank] + verdicts + replyScore(score)
        case .summary(let summary): return render(summary)
        case .help(let step): return events.help(for: step) + block(.plain, .practiceHelpCommands)
        case .why(let step): return events.render(.why(step))
        case .principle(let principle): return events.render(.principle(principle))
        case .wentBack(let step): return events.render(.wentBack(to: step))
        case .nothingToUndo: return events.render(.nothingToUndo)
        case .unknownCommand(let word):
            return StyledLine.lines(.error, catalog.text("command.unknown", ["command": word, "commands": PracticeSession.commands.joined(separator: " ")]))
        case .notInPractice(let command): return block(.hint, .practiceNotHere, ["command": command])
        }
    }

    /// The grade: right or wrong, the facts and the rule that decided, the principles, the
    /// teaching point, the draft's check and the coach's own reply.
    public func render(_ grade: PracticeGrade) -> [StyledLine] {
        let verdicts = ["verdict": verdictName(grade.expected), "given": verdictName(grade.given)]
        var lines = [blank] + (grade.mode.asksVerdict
            ? block(grade.isRight ? .heading : .warning, grade.isRight ? .practiceRight : .practiceWrong, verdicts)
            : StyledLine.lines(.heading, catalog.text(.gradeGiven, verdicts)))
        lines += block(.plain, .practiceFacts, ["facts": factsSentence(grade.assessment.facts)])
        lines += block(.plain, .practiceRule, [
            "rule": catalog.text("rule.\(grade.assessment.rule.rawValue)"),
            "principles": events.cite(grade.assessment.rule.principles),
        ])
        lines += block(.plain, .practicePrinciples, [
            "principles": events.cite(grade.assessment.principles),
            "first": grade.assessment.rule.principles.first?.rawValue ?? "P1",
        ])
        lines += block(.plain, .practiceNote, ["note": grade.practiceCase.note])
        if grade.draft == nil {
            // A quiz asks for no draft, so none was skipped.
            if grade.mode.asksDraft { lines += [blank] + block(.hint, .practiceDraftSkipped) }
        } else {
            lines += [blank] + block(.heading, .practiceDraftHeader) + events.checkResult(grade.draftFindings)
            if let rubric = grade.draftRubric { lines += [blank] + RubricRenderer(catalog: catalog).lines(rubric) }
        }
        lines += [blank] + block(.heading, .practiceCoachReply) + StyledLine.indentedLines(.reply, grade.modelReply)
        return lines
    }

    /// The end: right out of answered, per verdict, and how to get the same cases again.
    public func render(_ summary: PracticeSummary) -> [StyledLine] {
        var lines = [blank] + (summary.mode.asksVerdict
            ? block(.heading, .practiceSummaryHeader, scoreValues(summary.score))
            : StyledLine.lines(.heading, catalog.text(.summaryReplyHeader, ["done": "\(summary.score.graded)"])))
        for verdict in Verdict.allCases where summary.mode.asksVerdict {
            let tally = summary.score[verdict]
            lines += block(.plain, .practiceSummaryVerdict, [
                "verdict": verdictName(verdict), "right": "\(tally.right)", "wrong": "\(tally.wrong)",
            ])
        }
        lines += replyScore(summary.score, .practiceSummaryReplies)
        if summary.stoppedEarly {
            lines += block(.hint, .practiceSummaryStopped, ["done": "\(summary.score.answered)", "total": "\(summary.planned)"])
        }
        lines += modeSummary(summary)
        return lines
    }

    /// The facts the rules read, as one sentence: "Customer found: yes; ...".
    public func factsSentence(_ facts: ResolvedFacts) -> String {
        FactName.allCases.map { fact in
            catalog.text(.practiceFact, [
                "fact": catalog.text("fact.\(fact.rawValue)"),
                "value": catalog.text("value.\(facts.contractValue(of: fact).value)"),
            ])
        }.joined(separator: "; ")
    }

    /// A verdict's name in the coach's words ("a genuine grievance").
    public func verdictName(_ verdict: Verdict) -> String { catalog.text("verdict.\(verdict.rawValue)") }

    /// The drafts' rubric points so far, once a draft has been graded.
    func replyScore(_ score: PracticeScore, _ key: TeachingKey = .practiceReplyScore) -> [StyledLine] {
        guard score.replyMax > 0 else { return [] }
        return block(.hint, key, [
            "points": "\(score.replyPoints)", "max": "\(score.replyMax)", "percent": "\(score.replyPoints * 100 / score.replyMax)",
        ])
    }

    func scoreValues(_ score: PracticeScore) -> [String: String] {
        ["right": "\(score.right)", "done": "\(score.answered)"]
    }

    private var blank: StyledLine { StyledLine(.plain, "") }

    private func block(_ style: LineStyle, _ key: TeachingKey, _ values: [String: String] = [:]) -> [StyledLine] {
        StyledLine.lines(style, catalog.text(key, values))
    }
}
