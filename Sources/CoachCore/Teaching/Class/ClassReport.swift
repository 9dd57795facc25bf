/// `review-coach class-report`: several trainees' practice records on the same cases as one
/// Markdown page to project: a trainee x case grid, the most common mistakes, and each case's
/// drafts one after another. Every piece of untrusted text (names, reviews, drafts, and the
/// catalogue's words) is escaped or fenced through `UntrustedText`.
public struct ClassReport: Sendable {
    public let catalog: PromptCatalog
    public let records: [PracticeRecord]
    /// The row label of each record, in order ("Alex", or "Trainee A" when anonymised).
    public let trainees: [String]

    public init(catalog: PromptCatalog, records: [PracticeRecord], anonymise: Bool) {
        self.catalog = catalog
        self.records = records
        trainees = records.indices.map { index in
            let letter = Self.letter(index)
            if anonymise { return catalog.text(ClassKey.anonymous, ["letter": letter]) }
            return records[index].name ?? catalog.text(ClassKey.unnamed, ["letter": letter])
        }
    }

    /// The index of the first record whose cases differ from the first record's (compared by id
    /// and review, in any order), or `nil` when all are the same set.
    public static func firstMismatch(_ records: [PracticeRecord]) -> Int? {
        guard let first = records.first else { return nil }
        let reference = Set(first.cases.map(\.identity))
        return records.indices.first { Set(records[$0].cases.map(\.identity)) != reference || records[$0].cases.count != first.cases.count }
    }

    /// "A", "B", ... "Z", "AA", "AB", ...
    static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : letter(index / 26 - 1) + String(letters[index % 26])
    }

    /// The cases in the order of the first record.
    public var cases: [CaseRecord] { records.first?.cases ?? [] }

    /// Each record's answer to the case with `identity` (nil where it has none).
    func answers(to identity: String) -> [CaseRecord?] {
        records.map { record in record.cases.first { $0.identity == identity } }
    }

    /// The whole page.
    public func markdown() -> String {
        var out = "# " + text(.reportTitle) + "\n\n"
        out += text(.reportIntro, ["trainees": "\(records.count)", "cases": "\(cases.count)"]) + "\n\n"
        out += grid() + "\n"
        out += ClassMistakes(report: self).markdown() + "\n"
        out += drafts()
        return out
    }

    /// The trainee x case table: a mark for the verdict and the draft's rubric percentage.
    func grid() -> String {
        var out = "## " + text(.gridHeader) + "\n\n"
        let columns = cases.indices.map { text(.gridCase, ["number": "\($0 + 1)", "id": cases[$0].id]) }
        out += "| " + ([text(.gridTrainee)] + columns + [text(.gridTotal)]).joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---|", count: columns.count) + "---:|\n"
        for (row, record) in records.enumerated() {
            var cells = [UntrustedText.markdown(trainees[row])]
            for answer in answers(to: cases.map(\.identity)).map({ $0[row] }) {
                cells.append(cell(answer))
            }
            let answered = record.answered
            let right = answered.filter { $0.isRight == true }.count
            cells.append(text(.totalCell, ["right": "\(right)", "answered": "\(answered.count)", "rubric": Self.average(answered)]))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n" + text(.gridKey) + "\n"
        return out
    }

    private func answers(to identities: [String]) -> [[CaseRecord?]] { identities.map { answers(to: $0) } }

    private func cell(_ answer: CaseRecord?) -> String {
        guard let answer, let right = answer.isRight else { return text(.cellNotReached) }
        let rubric = answer.rubric.map { "\($0.percent)%" } ?? text(.cellNoDraft)
        return text(right ? .cellRight : .cellWrong, ["rubric": rubric])
    }

    /// The average rubric percentage of the graded drafts, or a dash when none was graded.
    static func average(_ answers: [CaseRecord]) -> String {
        let percents = answers.compactMap { $0.rubric?.percent }
        guard !percents.isEmpty else { return "-" }
        return "\(percents.reduce(0, +) / percents.count)%"
    }

    /// Each case: its review, the rules' verdict, and every trainee's answer and draft.
    func drafts() -> String {
        var out = "## " + text(.draftsHeader) + "\n"
        let names = PracticeRenderer(catalog: catalog)
        for (index, practiceCase) in cases.enumerated() {
            out += "\n### " + text(.draftsCase, ["number": "\(index + 1)", "id": practiceCase.id]) + "\n\n"
            out += UntrustedText.markdownFenced(practiceCase.review) + "\n\n"
            out += text(.draftsExpected, ["verdict": names.verdictName(practiceCase.expected),
                                          "principles": practiceCase.principles.sorted().map(\.rawValue).joined(separator: ", ")]) + "\n"
            for (row, answer) in answers(to: practiceCase.identity).enumerated() {
                out += "\n"
                guard let answer, let given = answer.answered, let right = answer.isRight else {
                    out += text(.draftsNotReached, ["trainee": trainees[row]]) + "\n"
                    continue
                }
                out += text(.draftsTrainee, [
                    "trainee": trainees[row], "verdict": names.verdictName(given),
                    "result": catalog.text(right ? ClassKey.resultRight : .resultWrong),
                    "rubric": answer.rubric.map { "\($0.score)/\($0.max)" } ?? "-",
                ]) + "\n\n"
                if let draft = answer.draft {
                    out += UntrustedText.markdownFenced(hidingNames(in: draft)) + "\n"
                } else {
                    out += text(.draftsNone) + "\n"
                }
            }
        }
        return out
    }

    /// With `--anonymise`, a trainee's name in a draft (a signature) becomes their label too.
    func hidingNames(in draft: String) -> String {
        var result = draft
        for (row, record) in records.enumerated() where trainees[row] != record.name {
            guard let name = record.name else { continue }
            result = result.replacing(name, with: trainees[row])
            if let first = name.split(separator: " ").first, first.count >= 3, first.count < name.count {
                result = result.replacing(first, with: trainees[row])
            }
        }
        return result
    }

    /// A catalogue entry, filled and escaped as Markdown text.
    func text(_ key: ClassKey, _ values: [String: String] = [:]) -> String {
        UntrustedText.markdown(catalog.text(key, values))
    }
}
