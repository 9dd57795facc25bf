/// The grade for one practice case: what the trainee said, what the rules say and why, and
/// what the checker found in the trainee's draft.
public struct PracticeGrade: Sendable, Equatable {
    public var practiceCase: PracticeCase
    /// The trainee's verdict.
    public var given: Verdict
    /// The coach's own assessment: the verdict, the rule that decided, the principles, its reply.
    public var assessment: Assessment
    /// The trainee's draft, or `nil` when they skipped it.
    public var draft: String?
    /// What the reply checker found in the draft (empty for a skipped draft).
    public var draftFindings: [Finding]
    /// The draft graded by the reply rubric for this case (`nil` for a skipped draft).
    public var draftRubric: RubricGrade?
    /// The mode the case was answered in: whether the verdict and the draft were asked at all.
    public var mode: PracticeMode = .full
    /// How long the answer took against the session's time limit (`nil` without a limit).
    public var timing: AnswerTiming?

    /// Grades an answer against the rules: the verdict from the case's signals and stated facts,
    /// the draft through `ReplyChecker.check` with the case's context (the rules' verdict, the fault).
    public init(practiceCase: PracticeCase, given: Verdict, draft: String?, catalog: PromptCatalog) {
        self.practiceCase = practiceCase
        self.given = given
        self.assessment = practiceCase.assessment(catalog: catalog)
        self.draft = draft
        let context = practiceCase.replyContext(assessment)
        let findings = draft.map { ReplyChecker.check($0, context: context) } ?? []
        self.draftFindings = findings
        self.draftRubric = draft.map { ReplyRubric.shipped.grade($0, context: context, findings: findings) }
    }

    /// The verdict the rules give.
    public var expected: Verdict { assessment.verdict }

    /// The model answer shown after the draft: the case pack's own, or the coach's composed reply.
    public var modelReply: String { practiceCase.modelReply(assessment) }

    /// Whether the trainee's verdict is the rules' verdict.
    public var isRight: Bool { given == expected }

    /// Whether the answer came after the time limit (it then earns nothing in the score).
    public var outOfTime: Bool { timing?.isOver ?? false }
}
