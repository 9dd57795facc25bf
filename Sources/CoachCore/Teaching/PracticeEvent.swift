/// What the practice coach has to say after one input: values a renderer turns into text.
public enum PracticeEvent: Sendable, Equatable {
    /// How practice works, once at the start.
    case intro(cases: Int)
    /// How a session in another mode than the full one works, once at the start.
    case modeIntro(PracticeMode, cases: Int, timeLimit: Int?)
    /// In reply mode: the kind of review, given, not asked.
    case verdictGiven(Verdict)
    /// In an exam: the answer to this case is kept; its feedback comes at the end.
    case answerKept(number: Int)
    /// In an exam, at the end: the feedback held back, for this many cases, follows.
    case examOver(answered: Int)
    /// The answer came after the time limit per case.
    case outOfTime(AnswerTiming)
    /// The next case: its number in the session, the session's size, and the case.
    case showCase(number: Int, of: Int, PracticeCase)
    case askVerdict
    /// The answer was not genuine, threat or troll.
    case invalidVerdict
    case askDraft
    /// The draft is over the size limit; the line was not added.
    case draftTooLong(limit: Int)
    /// The draft ended with this many lines left out for being past the size limit.
    case linesLeftOut(count: Int)
    /// The answer graded, with the score so far.
    case graded(PracticeGrade, score: PracticeScore)
    /// The session is over.
    case summary(PracticeSummary)
    /// `/help` at a step: what it takes and the commands.
    case help(Step)
    /// `/why` at a step: the principle behind it.
    case why(Step)
    /// `/why P2`: that principle.
    case principle(Principle)
    /// `/back` undid the last verdict; the case is asked again.
    case wentBack(to: Step)
    case nothingToUndo
    case unknownCommand(String)
    /// A command of the interview that practice has no use for.
    case notInPractice(String)
}

extension PracticeEvent: ScriptEvent {}
