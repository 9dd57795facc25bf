import CoachLexicon
import CoachText

/// Grades a drafted reply against what an expert's reply to this case would do: name the main
/// complaint, apologise and say what changes where the business was at fault, invite offline
/// contact, sign with a person or role, keep a sensible length, and give nothing in exchange for a
/// threat. The checker's findings cost points only where no criterion already covers them.
public struct ReplyRubric: Sendable {
    let vocabulary: RubricVocabulary
    let claims: ClaimFinder

    /// The rubric on the shipped lexicon.
    public static let shipped = ReplyRubric(vocabulary: .shipped, claims: .shipped)

    init(vocabulary: RubricVocabulary, claims: ClaimFinder) {
        self.vocabulary = vocabulary
        self.claims = claims
    }

    /// Every prompt key the rubric's wording uses.
    public static var promptKeys: Set<String> {
        var keys: Set<String> = ["rubric.header", "rubric.line", "rubric.deduction", "rubric.total"]
        for criterion in RubricCriterion.allCases {
            keys.insert("rubric.name.\(criterion.rawValue)")
            for outcome in criterion.outcomes { keys.insert("rubric.\(criterion.rawValue).\(outcome.rawValue)") }
        }
        return keys
    }

    /// The names of the lexicon concepts the rubric reads.
    public static var lexiconConceptsRead: [String] { RubricVocabulary.conceptsRead.map(\.rawValue) }

    /// Word counts for the length criterion: full marks inside `good`, one point inside `fair`.
    static let good = 30...170, fair = 15...250
    /// A troll gets a short reply: full marks from fewer words.
    static let goodForTroll = 15...120

    /// Grades `reply` for the case in `context` (its verdict, fault and review), given the
    /// checker's `findings` on the same reply.
    public func grade(_ reply: String, context: ReplyContext, findings: [Finding]) -> RubricGrade {
        let text = TextAnalysis(reply, lexicon: vocabulary.lexicon)
        let codes = Set(findings.map(\.code))
        let atFault = context.ourFault == .yes || context.ourFault == .partly
        var marks: [RubricMark] = []
        var covered: Set<FindingCode> = []
        if context.verdict != .troll, let review = context.review {
            let found = claims.claims(in: review)
            if let main = found.first { marks.append(namesClaim(main, all: found, reply: text)) }
        }
        if atFault {
            marks.append(apology(text, codes))
            covered.formUnion([.nonApology, .deflectingBut])
            marks.append(mentions(text, vocabulary.change, .whatChanges))
        }
        marks.append(mentions(text, vocabulary.contact, .offlineContact))
        marks.append(signed(reply))
        marks.append(length(reply, troll: context.verdict == .troll))
        if context.verdict == .threatBased {
            marks.append(nothingInExchange(findings))
            covered.insert(.reviewIncentive)
        }
        let deductions = FindingCode.allCases.filter { codes.contains($0) && !covered.contains($0) }
        return RubricGrade(marks: marks, deductions: deductions)
    }

    private func namesClaim(_ main: Claim, all: [Claim], reply: TextAnalysis) -> RubricMark {
        let named = Set(claims.claims(in: reply).map(\.category))
        let topic = ["category": main.category.rawValue]
        if named.contains(main.category) { return RubricMark(.namesClaim, 2, .main, topic) }
        if all.contains(where: { named.contains($0.category) }) { return RubricMark(.namesClaim, 1, .other, topic) }
        return RubricMark(.namesClaim, 0, .none, topic)
    }

    private func apology(_ text: TextAnalysis, _ codes: Set<FindingCode>) -> RubricMark {
        guard let quote = first(vocabulary.apology, in: text) else { return RubricMark(.apology, 0, .none) }
        if codes.contains(.nonApology) { return RubricMark(.apology, 0, .nonApology, ["quote": quote]) }
        if codes.contains(.deflectingBut) { return RubricMark(.apology, 1, .but, ["quote": quote]) }
        return RubricMark(.apology, 2, .given, ["quote": quote])
    }

    private func mentions(_ text: TextAnalysis, _ concept: Concept, _ criterion: RubricCriterion) -> RubricMark {
        guard let quote = first(concept, in: text) else { return RubricMark(criterion, 0, .none) }
        return RubricMark(criterion, 2, .given, ["quote": quote])
    }

    /// The checker decides what counts as an offer (`review_incentive`, which with a threat's
    /// verdict is any public offer of value): the rubric only gives it its points.
    private func nothingInExchange(_ findings: [Finding]) -> RubricMark {
        if let offer = findings.first(where: { $0.code == .reviewIncentive }) {
            return RubricMark(.nothingInExchange, 0, .offered, ["quote": offer.text])
        }
        return RubricMark(.nothingInExchange, 2, .given)
    }

    /// The sign-off: the last line when the reply has several, else what follows the last
    /// sentence's dash or comma ("... soon. - Dana, manager"). A role or a name gives 2 points,
    /// a faceless group ("The team") 1, nothing 0.
    private func signed(_ reply: String) -> RubricMark {
        guard let line = signOff(reply) else { return RubricMark(.signed, 0, .none) }
        let text = TextAnalysis(line, lexicon: vocabulary.lexicon)
        if let role = first(vocabulary.role, in: text) { return RubricMark(.signed, 2, .given, ["quote": line, "role": role]) }
        // a name: a capitalised word that is no closing word ("Kind regards, Dana") and no
        // faceless group ("The Team"); "Lena Vogt, Customer Care Lead" is a person
        let group = text.matches.filter { $0.concept == vocabulary.closing || $0.concept == vocabulary.teamSignature }
            .flatMap { Array($0.firstToken..<$0.endToken) }
        if text.tokens.indices.contains(where: { !group.contains($0) && text.tokens[$0].flags.contains(.titleCase) }) {
            return RubricMark(.signed, 2, .given, ["quote": line])
        }
        if first(vocabulary.teamSignature, in: text) != nil { return RubricMark(.signed, 1, .team, ["quote": line]) }
        return RubricMark(.signed, 0, .none)
    }

    /// The sign-off, if the reply seems to have one: a short last line (with a closing line
    /// such as "Kind regards," before it), the short tail after a dash ("... soon. - Dana"), or
    /// a short last sentence with no full stop ("... personally. Helen Okafor, Practice Manager").
    func signOff(_ reply: String) -> String? {
        let lines = reply.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if lines.count >= 2, let last = lines.last, words(last) <= Self.signOffWords {
            if lines.count >= 3, words(lines[lines.count - 2]) <= 3 { return lines[lines.count - 2] + " " + last }
            return last
        }
        guard let only = lines.last else { return nil }
        if let dash = only.lastIndex(where: { "—–~".contains($0) }) ?? only.lastIndex(of: "-").flatMap({ i in
            i > only.startIndex && only[only.index(before: i)] == " " ? i : nil
        }) {
            let tail = only[only.index(after: dash)...].trimmingWhitespace()
            if !tail.isEmpty && words(tail) <= Self.signOffWords { return tail }
        }
        // the last sentence, when it has no closing full stop and is short
        let text = TextAnalysis(only, lexicon: vocabulary.lexicon)
        guard let last = text.sentences.last, last.endToken > last.firstToken, text.sentences.count >= 2 else { return nil }
        let tail = text.text(text.tokens[last.firstToken].start, only.utf8.count).trimmingWhitespace()
        guard let end = tail.last, !".!?".contains(end), words(tail) <= Self.signOffWords else { return nil }
        return tail
    }

    /// The most words a sign-off has ("Dr Helen Okafor, Practice Manager, Leeds").
    static let signOffWords = 8

    private func length(_ reply: String, troll: Bool) -> RubricMark {
        let n = words(reply)
        let values = ["words": String(n)]
        if (troll ? Self.goodForTroll : Self.good).contains(n) { return RubricMark(.length, 2, .given, values) }
        if Self.fair.contains(n) { return RubricMark(.length, 1, n < Self.good.lowerBound ? .short : .long, values) }
        return RubricMark(.length, 0, n < Self.fair.lowerBound ? .tooShort : .tooLong, values)
    }

    private func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
    }

    /// How many words around a cue its quote shows at most, and how many of them come before it.
    static let quoteWords = 10, wordsBeforeCue = 2

    /// The first affirmed occurrence of `concept`, quoted with the words around it in its sentence.
    private func first(_ concept: Concept, in text: TextAnalysis) -> String? {
        guard text.allConcepts.contains(concept) else { return nil }
        guard let m = text.matches.first(where: { $0.concept == concept && !$0.negated }) else { return nil }
        let sentence = text.sentences[Int(text.tokens[m.firstToken].sentence)]
        // a word or two before the cue, never across a clause ("visit; please call us")
        var from = m.firstToken
        while from > max(sentence.firstToken, m.firstToken - Self.wordsBeforeCue), text.tokens[from - 1].clause == text.tokens[m.firstToken].clause { from -= 1 }
        let to = min(sentence.endToken, max(m.endToken, from + Self.quoteWords))
        return text.text(text.tokens[from].start, text.tokens[to - 1].end)
    }
}
