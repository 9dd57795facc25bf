/// Every prompt key the coach can use, derived from the enums that name them. Tests hold the
/// prompt files to this list both ways: no key missing, no key unused.
public enum PromptKeys {
    /// Keys that do not come from an enum.
    public static let fixed: Set<String> = [
        "app.greeting", "prompt.review", "prompt.answer", "prompt.draft", "help.commands",
        "command.unknown", "command.bad_argument", "why.principle", "back.to", "back.nothing", "restart.done",
        "explain.on", "explain.off", "explain.prefix", "save.nothing", "quit",
        "summary.header", "summary.no_review", "summary.review", "summary.mood", "summary.fact", "summary.step",
        "summary.note", "summary.answer", "summary.business", "summary.industry", "profile.used", "profile.cleared", "profile.show.empty", "profile.show.header", "profile.show.line", "profile.member.business", "profile.member.industry", "profile.member.signature", "profile.member.contact", "profile.member.listing", "profile.remembered", "contact.link_refused",
        "ask.prefill", "detail.too_long", "review.empty", "review.too_long", "draft.too_long",
        "draft.empty", "draft.checked", "draft.not_yet", "input.left_out", "review.so_far", "done.commands_only", "done.what_now",
        "noticed.header", "noticed.none", "noticed.item",
        "verdict.header", "reasons.header", "principles.line", "principles.line.teach", "reply.header",
        "check.clean", "check.findings", "check.finding", "next.header", "reply.note_held_back",
        "resume.opening", "resume.hint", "resume.torn", "autosave.failing", "autosave.lost", "input.too_long", "input.abandoned", "input.invalid_utf8", "path.header", "path.demand", "path.troll", "path.otherwise", "path.decides", "path.passes", "report.title", "report.review", "report.unfinished", "save.done", "save.failed", "save.no_path",
    ]

    /// Every key: the fixed ones and one per case of each enum that names prompts.
    public static var all: Set<String> {
        var keys = fixed
        keys.formUnion(Self.keys(of: Script.interview))
        keys.formUnion(Self.keys(of: Script.practice))
        for kind in AnswerKind.allCases { keys.formUnion(["hint.\(kind.key)", "help.\(kind.key)"]) }
        for industry in Industry.allCases { keys.insert("industry.\(industry.rawValue)") }
        for mood in Mood.allCases { keys.insert("mood.\(mood.rawValue)") }
        for kind in SignalKind.allCases { keys.insert("signal.\(kind.rawValue)") }
        for sub in Subkind.allCases { keys.insert("subkind.\(sub.rawValue)") }
        keys.formUnion(["subkind.line", "subkind.evidence", "summary.claim", "summary.channel"])
        for category in ClaimCategory.allCases { keys.insert("claim.name.\(category.rawValue)") }
        for stance in ClaimStance.allCases { keys.insert("stance.\(stance.rawValue)") }
        for channel in ReplyChannel.allCases { keys.formUnion(["channel.\(channel.rawValue)", "channel.name.\(channel.rawValue)"]) }
        keys.formUnion(["evidence.done", "evidence.failed", "evidence.no_path", "evidence.nothing", "evidence.replayed", "channel.scam"])
        for verdict in Verdict.allCases {
            keys.formUnion(["verdict.\(verdict.rawValue)", "verdict.explain.\(verdict.rawValue)"])
        }
        for fact in FactName.allCases { keys.insert("fact.\(fact.rawValue)") }
        for value in ["yes", "no", "partly", "unsure"] { keys.insert("value.\(value)") }
        for source in FactSource.allCases {
            keys.formUnion(["source.\(source.rawValue)", "reason.\(source.rawValue)"])
        }
        for rule in VerdictRule.allCases { keys.insert("rule.\(rule.rawValue)") }
        keys.formUnion(ReplyComposer.promptKeys)
        keys.formUnion(EvidencePack.promptKeys)
        keys.formUnion(ReplyRubric.promptKeys)
        for step in NextStep.allCases { keys.insert("next.\(step.rawValue)") }
        for code in FindingCode.allCases {
            keys.formUnion(["lint.advice.\(code.rawValue)", "lint.principle.\(code.rawValue)", "lint.rewrite.\(code.rawValue)",
                            "lint.label.\(code.rawValue)"])
        }
        for principle in Principle.allCases {
            keys.formUnion(["principle.\(principle.rawValue)", "principle.\(principle.rawValue).source"])
            for part in LessonPart.allCases { keys.insert(part.key(for: principle)) }
        }
        for key in TeachingKey.allCases { keys.insert(key.rawValue) }
        for key in ClassKey.allCases { keys.insert(key.rawValue) }
        for key in PackKey.allCases { keys.insert(key.rawValue) }
        for key in ModesKey.allCases { keys.insert(key.rawValue) }
        keys.formUnion(Self.keys(of: Script.interviewYouFirst))
        return keys
    }

    /// The keys a script's entries name: each question, its `/why` and its short name.
    public static func keys(of script: Script) -> Set<String> {
        Set(script.entries.flatMap { [$0.question, $0.whyKey] + ($0.name.map { [$0] } ?? []) })
    }

    /// Every key a catalogue may hold: `all` (the practice cases are packs, `pack.<name>`, and a
    /// trainer's own cases a file given with `--cases-file`).
    public static func all(in catalog: PromptCatalog) -> Set<String> { all }
}
