/// What the coach has to say after one input: values the shell renders, never text.
public enum CoachEvent: Sendable, Equatable {
    /// Ask the question of a step (with the text's suggestion, if any).
    case ask(Step, prefill: Prefill?)
    /// Ask the owner's stance on one claim of the review, quoting it.
    case askClaim(Step, Claim)
    /// What the coach says to where the demand came (a private message gets no public reply;
    /// a scam gets no reply wherever it came, `scam`).
    case channelAdvice(ReplyChannel, scam: Bool)
    /// Teaching mode: why the next question is asked.
    case explainStep(Step)
    /// An empty line before any review text.
    case reviewEmpty
    /// The review is over the size limit; nothing was added.
    case reviewTooLong(limit: Int)
    /// The owner's draft is over the size limit; nothing was added.
    case draftTooLong(limit: Int)
    /// The review or draft ended with this many lines left out for being past its limit.
    case linesLeftOut(count: Int)
    /// Back at the review with lines already in: what is kept, so new lines are not a surprise.
    case reviewSoFar(String)
    /// `/draft` before the verdict: the draft is checked once there is one.
    case draftNotYet
    /// What the coach noticed in the text, quoted.
    case noticed([Signal])
    /// What the coach says to the owner's mood (P1).
    case moodAdvice(Mood)
    /// The answer was not one the step accepts; ask again with a hint.
    case invalidAnswer(Step)
    /// The owner's profile answered a step, so it was not asked.
    case fromProfile(Step, String)
    /// The contact line holds a web address, which platforms refuse; ask again.
    case linkRefused(Step, link: String)
    /// The detail was too long; ask again.
    case detailTooLong(Step, limit: Int)
    /// The verdict, why, and what to do.
    case assessment(Assessment)
    /// Teaching mode: the rules tried in order and where each one led.
    case decisionPath(Assessment)
    /// The owner's own draft, checked.
    case draftChecked(findings: [Finding])
    /// The owner's draft graded by the reply rubric for the case as the interview knows it.
    case draftGraded(RubricGrade)
    /// An empty draft.
    case draftEmpty
    case help(Step)
    case why(Step)
    case principle(Principle)
    case summary(InterviewState)
    case unknownCommand(String)
    case badCommandArgument(command: String, given: String)
    /// Plain text where only commands are accepted (after the verdict).
    case commandsOnly
    case wentBack(to: Step)
    case nothingToUndo
    case restarted
    case explainChanged(on: Bool)
    /// The shell should save the session to a file (the core does no I/O).
    case saveRequested(path: String?)
    /// The shell should write the evidence pack to a file.
    case evidenceRequested(path: String?)
    /// The owner asked for the evidence pack before there is a review to put in it.
    case nothingForEvidence
    /// The owner asked to save before there is anything to save.
    case nothingToSave
    case quit
    /// The input was not valid UTF-8; unreadable bytes are shown as a replacement character.
    case invalidUTF8
}

extension CoachEvent: ScriptEvent {}
