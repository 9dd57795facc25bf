/// The words of practice's modes and time limit (`prompts/modes.txt`).
extension PracticeRenderer {
    /// The events only the modes and the time limit have.
    func renderModeEvent(_ event: PracticeEvent) -> [StyledLine] {
        switch event {
        case let .modeIntro(mode, count, limit):
            let values = ["count": "\(count)"]
            let intro: [StyledLine] = switch mode {
            case .full: StyledLine.lines(.plain, catalog.text(.practiceIntro, values))
            case .quiz: lines(.plain, .introQuiz, values)
            case .reply: lines(.plain, .introReply, values)
            case .exam: lines(.plain, .introExam, values)
            }
            return intro + timeLimitIntro(limit)
        case .verdictGiven(let verdict): return lines(.hint, .verdictGiven, ["verdict": verdictName(verdict)])
        case .answerKept(let number): return lines(.hint, .answerKept, ["number": "\(number)"])
        case .examOver(let count): return [StyledLine(.plain, "")] + lines(.heading, .examOver, ["count": "\(count)"])
        case .outOfTime(let timing):
            return [StyledLine(.plain, "")] + lines(.warning, .outOfTime, ["seconds": "\(timing.seconds)", "limit": "\(timing.limit)"])
        default: return []
        }
    }

    /// The intro's line on the time limit, when there is one.
    func timeLimitIntro(_ limit: Int?) -> [StyledLine] {
        limit.map { lines(.plain, .introTimeLimit, ["limit": "\($0)"]) } ?? []
    }

    /// The summary's last lines: the cases out of time, and how to get the same cases again
    /// (in the same mode).
    func modeSummary(_ summary: PracticeSummary) -> [StyledLine] {
        var result: [StyledLine] = []
        if summary.score.outOfTime > 0 { result += lines(.hint, .summaryOutOfTime, ["count": "\(summary.score.outOfTime)"]) }
        let options = (summary.mode == .full ? "" : " --mode \(summary.mode.rawValue)") + (summary.timeLimit.map { " --time-limit \($0)" } ?? "")
        let values = ["count": "\(summary.planned)", "seed": "\(summary.seed)", "options": options, "source": summary.source]
        guard !options.isEmpty else { return result + StyledLine.lines(.hint, catalog.text(.practiceSummarySeed, values)) }
        return result + lines(.hint, .summarySeed, values)
    }

    private func lines(_ style: LineStyle, _ key: ModesKey, _ values: [String: String] = [:]) -> [StyledLine] {
        StyledLine.lines(style, catalog.text(key, values))
    }
}
