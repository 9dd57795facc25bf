/// The prompt keys of practice's modes, the time limit, the owner's draft first in the chat,
/// the handouts and the projector, all in `prompts/modes.txt`.
public enum ModesKey: String, CaseIterable, Sendable {
    case introQuiz = "modes.intro.quiz"
    case introReply = "modes.intro.reply"
    case introExam = "modes.intro.exam"
    case introTimeLimit = "modes.intro.time_limit"
    case verdictGiven = "modes.verdict_given"
    case gradeGiven = "modes.grade.given"
    case answerKept = "modes.answer_kept"
    case examOver = "modes.exam_over"
    case outOfTime = "modes.out_of_time"
    case summaryReplyHeader = "modes.summary.reply_header"
    case summaryOutOfTime = "modes.summary.out_of_time"
    case summarySeed = "modes.summary.seed"
    case handoutTitle = "modes.handout.title"
    case handoutSaved = "modes.handout.saved"
    case handoutExists = "modes.handout.exists"
    case titleCardKeys = "modes.title_card.keys"
}

extension PromptCatalog {
    /// The text of a modes key, with its placeholders filled.
    public func text(_ key: ModesKey, _ values: [String: String] = [:]) -> String {
        text(key.rawValue, values)
    }
}
