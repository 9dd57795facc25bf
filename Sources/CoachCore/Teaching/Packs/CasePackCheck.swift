/// Checks a pack's expected verdicts against the coach's own rules, so practice never teaches a
/// wrong answer: for each case the verdict the rules compute from its facts and text, and where
/// it differs, the rule that decided and its principles.
public struct CasePackCheck: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// One error per case whose expected verdict is not the computed one, at the case's line.
    public func mismatches(in pack: CasePack) -> [CasePackError] {
        pack.cases.compactMap { practiceCase in
            guard let expected = practiceCase.extras.expected else { return nil }
            let assessment = practiceCase.assessment(catalog: catalog)
            guard assessment.verdict != expected else { return nil }
            let principles = assessment.rule.principles.map(\.rawValue).joined(separator: ", ")
            let why = catalog.text("rule.\(assessment.rule.rawValue)") + (principles.isEmpty ? "" : " (\(principles))")
            return CasePackError(
                file: practiceCase.extras.file ?? "", line: practiceCase.extras.line ?? 0,
                problem: .wrongVerdict(caseID: practiceCase.id, expected: expected, computed: assessment.verdict, why: why))
        }
    }
}
