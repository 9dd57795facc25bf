/// One stored session of a trainee, as the progress store gives it back: when, and each
/// answered case's kind and result.
public struct ProgressSession: Sendable, Equatable {
    public var date: String
    public var answers: [ProgressAnswer]

    public init(date: String, answers: [ProgressAnswer]) {
        self.date = date
        self.answers = answers
    }
}

/// One answered case as the progress store keeps it.
public struct ProgressAnswer: Sendable, Equatable {
    public var expected: Verdict
    public var principles: [Principle]
    public var isRight: Bool
    /// The draft's rubric percentage, `nil` for a skipped draft.
    public var rubricPercent: Int?

    public init(expected: Verdict, principles: [Principle], isRight: Bool, rubricPercent: Int?) {
        self.expected = expected
        self.principles = principles
        self.isRight = isRight
        self.rubricPercent = rubricPercent
    }
}

/// `practice --progress NAME`: a trainee's sessions, oldest first, as a trend per verdict and per
/// principle (right/total in each session, then the replies' average rubric score), in lines the
/// shell wraps to the terminal's width.
public struct ProgressTrend: Sendable {
    public let catalog: PromptCatalog

    /// How many of the latest sessions a trend line shows.
    public static let shownSessions = 6

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    public func lines(name: String, sessions: [ProgressSession]) -> [String] {
        guard let first = sessions.first, let last = sessions.last else {
            return [catalog.text(ClassKey.progressNone, ["name": name])]
        }
        var lines = [catalog.text(ClassKey.progressTitle, [
            "name": name, "sessions": "\(sessions.count)", "first": String(first.date.prefix(10)), "last": String(last.date.prefix(10)),
        ]), ""]
        let names = PracticeRenderer(catalog: catalog)
        lines.append(catalog.text(ClassKey.progressVerdicts))
        for verdict in Verdict.allCases {
            lines += line(names.verdictName(verdict), sessions) { $0.expected == verdict }
        }
        lines += ["", catalog.text(ClassKey.progressPrinciples)]
        for principle in Principle.allCases {
            lines += line(principle.rawValue, sessions) { $0.principles.contains(principle) }
        }
        lines += ["", catalog.text(ClassKey.progressHow, ["name": name])]
        return lines
    }

    /// One kind's trend, or nothing when no session had a case of that kind.
    private func line(_ kind: String, _ sessions: [ProgressSession], _ matches: (ProgressAnswer) -> Bool) -> [String] {
        let points = sessions.map { $0.answers.filter(matches) }.filter { !$0.isEmpty }.suffix(Self.shownSessions)
        guard !points.isEmpty else { return [] }
        let verdicts = points.map {
            catalog.text(ClassKey.progressPoint, ["right": "\($0.filter(\.isRight).count)", "total": "\($0.count)"])
        }
        let rubrics = points.compactMap { answers -> String? in
            let percents = answers.compactMap(\.rubricPercent)
            return percents.isEmpty ? nil : "\(percents.reduce(0, +) / percents.count)%"
        }
        let rubric = rubrics.isEmpty
            ? catalog.text(ClassKey.progressNoRubric)
            : catalog.text(ClassKey.progressRubric, ["trend": rubrics.joined(separator: " -> ")])
        return ["- " + catalog.text(ClassKey.progressLine, ["kind": kind, "trend": verdicts.joined(separator: " -> "), "rubric": rubric])]
    }
}
