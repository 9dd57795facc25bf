/// `practice --adaptive`: the kinds of case a trainee got wrong in their last session (the
/// expected verdicts and the deciding rule's principles of the cases whose verdict was wrong),
/// and a plan that puts cases of those kinds first.
public struct AdaptivePick: Sendable, Equatable {
    public var verdicts: Set<Verdict>
    public var principles: Set<Principle>

    public init(verdicts: Set<Verdict>, principles: Set<Principle>) {
        self.verdicts = verdicts
        self.principles = principles
    }

    /// The kinds to practise again after `session`.
    public init(lastSession session: ProgressSession) {
        let missed = session.answers.filter { !$0.isRight }
        self.init(verdicts: Set(missed.map(\.expected)), principles: Set(missed.flatMap(\.principles)))
    }

    public var isEmpty: Bool { verdicts.isEmpty && principles.isEmpty }

    /// Whether a case with this verdict and these principles is of a kind to practise.
    public func matches(_ verdict: Verdict, _ principles: [Principle]) -> Bool {
        verdicts.contains(verdict) || !self.principles.isDisjoint(with: principles)
    }

    /// `count` cases in the seed's order, those of the picked kinds first; the rest fill up.
    public func plan(library: CaseLibrary, count: Int, seed: UInt64, catalog: PromptCatalog) -> PracticePlan {
        let shuffled = PracticePlan(library: library, count: library.cases.count, seed: seed).cases
        let (picked, others) = shuffled.reduce(into: ([PracticeCase](), [PracticeCase]())) { parts, practiceCase in
            let assessment = practiceCase.assessment(catalog: catalog)
            if matches(assessment.verdict, assessment.rule.principles) { parts.0.append(practiceCase) } else { parts.1.append(practiceCase) }
        }
        return PracticePlan(seed: seed, cases: Array((picked + others).prefix(max(0, count))))
    }

    /// The kinds in words for the trainee: verdict names and principle ids.
    public func description(catalog: PromptCatalog) -> String {
        let names = PracticeRenderer(catalog: catalog)
        let verdictNames = Verdict.allCases.filter(verdicts.contains).map(names.verdictName)
        let principleNames = principles.sorted().map(\.rawValue)
        return (verdictNames + principleNames).joined(separator: ", ")
    }
}
