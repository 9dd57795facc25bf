/// Where a practice session is waiting.
public enum PracticePhase: Sendable, Equatable {
    /// Waiting for the trainee's verdict on the current case.
    case verdict
    /// Collecting the draft reply line by line, after the given verdict.
    case draft(given: Verdict, lines: [String])
    /// All cases answered, or the trainee stopped.
    case finished
}

/// A practice session in progress: the plan, the current case, and the grades so far.
public struct PracticeState: Sendable, Equatable {
    public var plan: PracticePlan
    /// The index in the plan of the case being answered.
    public var position: Int
    public var phase: PracticePhase
    public var grades: [PracticeGrade]
    /// Lines of the draft being collected that were left out for being past the size limit:
    /// warned about at the first, counted when the draft ends.
    public var linesLeftOut: Int
    /// Earlier states, one for each verdict answered, oldest first; `/back` pops the last one.
    public var undo: [PracticeState]
    /// The time now and when the current case was shown, in seconds of the shell's clock
    /// (passed in as data: the core reads no clock).
    public var now: Double = 0, caseShownAt: Double = 0
    /// The mode the session runs in and its limit per case, if any (for the summary).
    public var mode: PracticeMode = .full
    public var timeLimit: Int?

    public init(plan: PracticePlan) {
        self.plan = plan
        position = 0
        phase = plan.cases.isEmpty ? .finished : .verdict
        grades = []
        linesLeftOut = 0
        undo = []
    }

    /// The step of `Script.practice` the session is at (the verdict once finished).
    public var step: Step {
        if case .draft = phase { .practiceDraft } else { .practiceVerdict }
    }

    /// The case being answered, if any.
    public var currentCase: PracticeCase? {
        plan.cases.indices.contains(position) && phase != .finished ? plan.cases[position] : nil
    }

    public var score: PracticeScore { PracticeScore(grades: grades) }

    public var isFinished: Bool { phase == .finished }
}

/// The end of a practice session, for the summary and the report.
public struct PracticeSummary: Sendable, Equatable {
    public var score: PracticeScore
    /// How many cases were planned.
    public var planned: Int
    public var seed: UInt64
    /// The options that chose the cases (`PracticePlan.source`).
    public var source: String
    public var mode: PracticeMode
    public var timeLimit: Int?

    public init(state: PracticeState) {
        score = state.score
        planned = state.plan.cases.count
        seed = state.plan.seed
        source = state.plan.source
        mode = state.mode
        timeLimit = state.timeLimit
    }

    /// Whether the trainee stopped before answering every case.
    public var stoppedEarly: Bool { score.graded < planned }
}
