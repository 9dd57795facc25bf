/// Right and wrong answers for one kind of review.
public struct PracticeTally: Sendable, Equatable {
    public var right = 0
    public var wrong = 0

    public init(right: Int = 0, wrong: Int = 0) {
        self.right = right
        self.wrong = wrong
    }
}

/// The score of a practice session: per verdict (the rules' verdict of each case), how many the
/// trainee got right and wrong.
public struct PracticeScore: Sendable, Equatable {
    public private(set) var tallies: [Verdict: PracticeTally]
    /// Rubric points the drafts earned, and the most they could have (skipped drafts count for neither).
    public private(set) var replyPoints = 0, replyMax = 0

    public init(grades: [PracticeGrade] = []) {
        tallies = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0, PracticeTally()) })
        for grade in grades { record(grade) }
    }

    /// Cases graded, whatever the mode; and how many of them were answered out of time.
    public private(set) var graded = 0, outOfTime = 0

    /// Counts one graded answer under the case's verdict (when the verdict was asked). An answer
    /// out of time counts as wrong and its draft earns no points.
    public mutating func record(_ grade: PracticeGrade) {
        graded += 1
        if grade.outOfTime { outOfTime += 1 }
        if grade.mode.asksVerdict {
            if grade.isRight && !grade.outOfTime { tallies[grade.expected, default: PracticeTally()].right += 1 }
            else { tallies[grade.expected, default: PracticeTally()].wrong += 1 }
        }
        if let rubric = grade.draftRubric {
            if !grade.outOfTime { replyPoints += rubric.score }
            replyMax += rubric.max
        }
    }

    /// The tally for one verdict.
    public subscript(verdict: Verdict) -> PracticeTally { tallies[verdict] ?? PracticeTally() }

    public var right: Int { tallies.values.reduce(0) { $0 + $1.right } }
    public var answered: Int { tallies.values.reduce(0) { $0 + $1.right + $1.wrong } }
}
