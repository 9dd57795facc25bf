import CoachCore
import Testing

/// The shipped prompts/ files against the keys the coach uses: none missing, none unused.
@Suite struct PromptCoverageTests {
    @Test func everyKeyTheCoachUsesHasText() {
        let catalog = shippedCatalog()
        let missing = PromptKeys.all.filter { !catalog.has($0) }.sorted()
        #expect(missing.isEmpty, "prompts/ lacks: \(missing)")
    }

    @Test func everyKeyInThePromptFilesIsUsed() {
        let catalog = shippedCatalog()
        let unused = Set(catalog.entries.keys).subtracting(PromptKeys.all(in: catalog)).sorted()
        #expect(unused.isEmpty, "prompts/ has keys no state uses: \(unused)")
    }

    @Test func noEntryEndsInAStrayCommentMeantForTheFile() {
        for (key, text) in shippedCatalog().entries {
            let comment = text.split(separator: "\n").first { $0.hasPrefix("# ") }
            #expect(comment == nil, "[\(key)] holds a comment line: \(comment ?? "")")
        }
    }

    @Test func everyStateHasAQuestionAndAReason() {
        let catalog = shippedCatalog()
        for entry in Script.interview.entries {
            #expect(catalog.has(entry.question), "no question for \(entry.step)")
            #expect(catalog.has(entry.whyKey), "no /why for \(entry.step)")
        }
    }

    @Test func replyPromptsUseOnlyKnownPlaceholders() {
        let catalog = shippedCatalog()
        let known = Set(ReplyDetail.allCases.map(\.rawValue) + ["topic", "note", "topics", "first", "last"])
        for key in ReplyComposer.promptKeys {
            let used = Set(PromptCatalog.placeholders(in: catalog.entries[key] ?? ""))
            #expect(used.isSubset(of: known), "\(key) uses \(used.subtracting(known))")
        }
    }

    @Test func everyEventRendersWithoutAMissingPrompt() {
        let renderer = EventRenderer(catalog: shippedCatalog())
        let signal = Signal(kind: .demand, text: "delete this review", offset: 0)
        var events: [CoachEvent] = [
            .reviewEmpty, .reviewTooLong(limit: 1), .draftTooLong(limit: 1), .linesLeftOut(count: 2),
            .reviewSoFar("x"), .draftNotYet, .noticed([]),
            .noticed(SignalKind.allCases.map { Signal(kind: $0, text: "x", offset: 0) }),
            .draftChecked(findings: FindingCode.allCases.map { Finding(code: $0, text: "x") }),
            .draftChecked(findings: []), .draftEmpty, .unknownCommand("/x"),
            .draftGraded(ReplyRubric.shipped.grade("Thanks.", context: ReplyContext(verdict: .threatBased, ourFault: .yes, review: "Refund me or I post."), findings: [])),
            .badCommandArgument(command: "/explain", given: "x"), .commandsOnly, .nothingToUndo,
            .restarted, .explainChanged(on: true), .explainChanged(on: false), .nothingToSave, .quit, .invalidUTF8,
            .summary(InterviewState()),
        ]
        for step in Script.interview.steps {
            events += [.ask(step, prefill: Prefill(answer: "yes", evidence: signal)), .explainStep(step),
                       .invalidAnswer(step), .help(step), .why(step), .wentBack(to: step), .detailTooLong(step, limit: 1)]
        }
        events += Mood.allCases.map { .moodAdvice($0) }
        let coach = shippedCoach()
        for (c, f, d, a) in VerdictRulesTests.combinations {
            var state = InterviewState()
            state.owner = OwnerFacts(customerFound: c, ourFault: f, demand: d, abusive: a)
            state.signals = [Signal(kind: .legalThreat, text: "my lawyer", offset: 0)]
            events.append(.assessment(coach.assessment(for: state)))
        }
        for event in events {
            let text = renderer.render(event).map(\.text).joined(separator: "\n")
            #expect(!text.contains("[missing prompt:"), "\(event) renders: \(text)")
        }
        #expect(!renderer.prompt(for: .review).contains("[missing"))
    }
}
