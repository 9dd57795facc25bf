/// The fixed prompt keys of the teaching features (`teach` and `practice`), all in
/// `prompts/teaching.txt`. The per-lesson and per-case keys come from `LessonPart` and `CasePart`.
public enum TeachingKey: String, CaseIterable, Sendable {
    case teachIntro = "teach.intro"
    case teachListHeader = "teach.list.header"
    case teachListItem = "teach.list.item"
    case teachListHow = "teach.list.how"
    case teachUnknown = "teach.unknown"
    case lessonHeading = "lesson.heading"
    case lessonSource = "lesson.source"
    case lessonReview = "lesson.review"
    case lessonWrong = "lesson.wrong"
    case lessonRight = "lesson.right"
    case lessonWhy = "lesson.why"
    case practiceIntro = "practice.intro"
    case practiceNoCases = "practice.no_cases"
    case practiceBadLibrary = "practice.bad_library"
    case practiceCaseHeader = "practice.case.header"
    case practiceCaseContext = "practice.case.context"
    case practiceAskVerdict = "practice.ask.verdict"
    case practiceHintVerdict = "practice.hint.verdict"
    case practiceAskDraft = "practice.ask.draft"
    case practiceDraftTooLong = "practice.draft.too_long"
    case practicePromptVerdict = "practice.prompt.verdict"
    case practicePromptDraft = "practice.prompt.draft"
    case practiceRight = "practice.grade.right"
    case practiceWrong = "practice.grade.wrong"
    case practiceFacts = "practice.grade.facts"
    case practiceFact = "practice.grade.fact"
    case practiceRule = "practice.grade.rule"
    case practicePrinciples = "practice.grade.principles"
    case practiceNote = "practice.grade.note"
    case practiceDraftSkipped = "practice.draft.skipped"
    case practiceDraftHeader = "practice.draft.header"
    case practiceCoachReply = "practice.coach_reply"
    case practiceScore = "practice.score"
    case practiceSummaryHeader = "practice.summary.header"
    case practiceSummaryVerdict = "practice.summary.verdict"
    case practiceSummaryStopped = "practice.summary.stopped"
    case practiceSummarySeed = "practice.summary.seed"
    case reportTitle = "practice.report.title"
    case reportCase = "practice.report.case"
    case reportAnswer = "practice.report.answer"
    case reportResultRight = "practice.report.right"
    case reportResultWrong = "practice.report.wrong"
    case reportDraft = "practice.report.draft"
    case reportNoDraft = "practice.report.no_draft"
    case reportSummary = "practice.report.summary"
    case reportTableHeader = "practice.report.table_header"
    case reportWritten = "practice.report.written"
    case reportExists = "practice.report.exists"
}

extension PromptCatalog {
    /// The text of a teaching key, filled in.
    public func text(_ key: TeachingKey, _ values: [String: String] = [:]) -> String {
        text(key.rawValue, values)
    }
}
