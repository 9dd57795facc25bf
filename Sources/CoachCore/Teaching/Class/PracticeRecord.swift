/// One trainee's practice session as plain data: what `practice --json-report` writes, what
/// `class-report` reads and what the progress store keeps. Cases are named by their id and
/// their review text, so a record stays readable whichever file the cases came from.
public struct PracticeRecord: Sendable, Equatable {
    /// The version of the JSON layout; a reader refuses any other.
    public static let format = 1

    public var toolVersion: String
    /// The trainee's name, or `nil` for an unnamed session.
    public var name: String?
    /// When the session ended, ISO 8601 in UTC (`2026-11-30T18:49:26Z`).
    public var date: String
    public var seed: UInt64
    /// Every planned case in the order shown; the ones not reached have no answer.
    public var cases: [CaseRecord]

    public init(toolVersion: String, name: String?, date: String, seed: UInt64, cases: [CaseRecord]) {
        self.toolVersion = toolVersion
        self.name = name
        self.date = date
        self.seed = seed
        self.cases = cases
    }

    /// The record of a finished (or stopped) session: each graded case with its answer, the
    /// planned cases not reached without one.
    public init(state: PracticeState, name: String?, date: String, toolVersion: String, catalog: PromptCatalog) {
        let words = RubricRenderer(catalog: catalog)
        var cases = state.grades.map { CaseRecord(grade: $0, words: words) }
        for practiceCase in state.plan.cases.dropFirst(state.grades.count) {
            let assessment = practiceCase.assessment(catalog: catalog)
            cases.append(CaseRecord(
                id: practiceCase.id, review: practiceCase.review, expected: assessment.verdict,
                principles: assessment.rule.principles))
        }
        self.init(toolVersion: toolVersion, name: name, date: date, seed: state.plan.seed, cases: cases)
    }

    /// The cases that were answered.
    public var answered: [CaseRecord] { cases.filter { $0.answered != nil } }
}

/// One case of a `PracticeRecord`: the case, the rules' verdict and the trainee's, the draft and
/// how the rubric and the checker judged it.
public struct CaseRecord: Sendable, Equatable {
    public var id: String
    public var review: String
    public var expected: Verdict
    /// The trainee's verdict, `nil` when the session stopped before this case.
    public var answered: Verdict?
    /// The principles the deciding rule cites.
    public var principles: [Principle]
    public var draft: String?
    public var rubric: RubricRecord?
    /// The codes of the checker's findings in the draft.
    public var findings: [FindingCode]

    public init(id: String, review: String, expected: Verdict, answered: Verdict? = nil, principles: [Principle],
                draft: String? = nil, rubric: RubricRecord? = nil, findings: [FindingCode] = []) {
        self.id = id
        self.review = review
        self.expected = expected
        self.answered = answered
        self.principles = principles
        self.draft = draft
        self.rubric = rubric
        self.findings = findings
    }

    init(grade: PracticeGrade, words: RubricRenderer) {
        self.init(
            id: grade.practiceCase.id, review: grade.practiceCase.review, expected: grade.expected, answered: grade.given,
            principles: grade.assessment.rule.principles, draft: grade.draft,
            rubric: grade.draftRubric.map { RubricRecord(grade: $0, words: words) }, findings: grade.draftFindings.map(\.code))
    }

    /// Right, wrong, or `nil` when not answered.
    public var isRight: Bool? { answered.map { $0 == expected } }

    /// What makes two records' cases the same case: the id and the review's text.
    public var identity: String { id + "\n" + review }
}

/// A draft's rubric grade as stored: the total, the maximum and each criterion.
public struct RubricRecord: Sendable, Equatable {
    public var score: Int
    public var max: Int
    public var criteria: [CriterionRecord]

    public init(score: Int, max: Int, criteria: [CriterionRecord]) {
        self.score = score
        self.max = max
        self.criteria = criteria
    }

    init(grade: RubricGrade, words: RubricRenderer) {
        self.init(score: grade.score, max: grade.max, criteria: grade.marks.map {
            CriterionRecord(name: $0.criterion.rawValue, points: $0.points, max: RubricCriterion.maxPoints, why: words.why($0))
        })
    }

    /// The score as a whole percentage of the maximum (100 when no criterion applied).
    public var percent: Int { max == 0 ? 100 : score * 100 / max }
}

/// One rubric criterion as stored: its name (`apology`), points, maximum and the reason in words.
public struct CriterionRecord: Sendable, Equatable {
    public var name: String
    public var points: Int
    public var max: Int
    public var why: String

    public init(name: String, points: Int, max: Int, why: String) {
        self.name = name
        self.points = points
        self.max = max
        self.why = why
    }
}
