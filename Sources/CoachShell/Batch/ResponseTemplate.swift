import CoachCore

/// The parts of a classify response that depend only on the owner's facts and on which kinds of
/// signal the review has, already written as JSON: the verdict, facts, principles, reply and next
/// steps, and the reasons that quote nothing. Only the id, the signals and the reasons that quote
/// the review are written per review.
///
/// Sound because an `Assessment` reads its signals only through their kinds (the implied facts,
/// the next steps) except for the evidence quoted in the reasons, which is rendered per review.
struct ResponseTemplate {
    /// What a template depends on: the owner's four answers, the set of signal kinds, whether a
    /// signal carries a scam cue, the categories of the claims the reply answers, in order, and
    /// the wording variant the review's text chooses.
    struct Key: Hashable {
        var packed: UInt32
        var claimCategories: UInt32 = 0

        init(owner: OwnerFacts, signals: [Signal], claims: [Claim], review: String) {
            // The reply answers the first claims in their order: 5 bits for each, 0 for none.
            for claim in claims.prefix(ReplyComposer.maxClaims) {
                claimCategories = claimCategories << 5 | UInt32((ClaimCategory.allCases.firstIndex(of: claim.category) ?? 0) + 1)
            }
            var packed = Self.index(owner.customerFound)
            packed = packed &* 5 &+ Self.index(owner.ourFault)
            packed = packed &* 5 &+ Self.index(owner.demand)
            packed = packed &* 5 &+ Self.index(owner.abusive)
            var kinds: UInt32 = 0
            for signal in signals { kinds |= 1 << (Self.index(signal.kind) - 1) }
            self.packed = packed << 16 | kinds
            // The sub-kind of a threat (a scam or the customer's own demand) also reads whether
            // a signal carries a scam cue, and the reply depends on the sub-kind.
            if signals.contains(where: { $0.cue != nil }) { claimCategories |= 1 << 31 }
            // The wording of the reply's opening and closing is chosen from the review's text.
            claimCategories |= UInt32(ReplyComposer.variant(of: review)) << 28
        }

        /// 0 for no answer, else 1 + the answer's position among its cases.
        private static func index<Answer: CaseIterable & Equatable>(_ answer: Answer?) -> UInt32
        where Answer.AllCases == [Answer] {
            guard let answer, let position = Answer.allCases.firstIndex(of: answer) else { return 0 }
            return UInt32(position + 1)
        }
    }

    /// A reason that is the same for every review with this key, or one that quotes the review.
    enum Reason {
        case fixed(String)
        /// The reason for a fact the text implied: its template, with `{quote}` still open.
        case quoting(FactName, template: PromptTemplate)
    }

    /// The assessment of the first review seen with this key; its signals are replaced per review.
    let assessment: Assessment
    /// `"classification":…,"facts":{…}` as JSON members.
    let head: [UInt8]
    let reasons: [Reason]
    /// `"principles":[…],"reply":"…","next_steps":[…]` as JSON members.
    let tail: [UInt8]

    init(assessment: Assessment, renderer: EventRenderer) {
        self.assessment = assessment
        let response = ClassifyResponse(id: nil, assessment: assessment, renderer: renderer)
        var json = JSONWriter()
        json.beginObject()
        response.encodeHead(into: &json)
        head = json.membersOfOpenObject
        json.reset()
        json.beginObject()
        response.encodeTail(into: &json)
        tail = json.membersOfOpenObject
        var reasons: [Reason] = FactName.allCases.map { fact in
            assessment.facts.contractValue(of: fact).source == .text
                ? .quoting(fact, template: PromptTemplate(renderer.reasonTemplate(for: fact, in: assessment)))
                : .fixed(renderer.reason(for: fact, in: assessment))
        }
        reasons.append(.fixed(renderer.ruleReason(for: assessment)))
        self.reasons = reasons
    }

    /// Writes the whole response for one review with these signals: byte for byte what
    /// `ClassifyResponse.encode` writes for the same review.
    func write(id: String?, signals: [Signal], claims: [Claim], renderer: EventRenderer, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.optionalString(id)
        json.members(head)
        ClassifyResponse.encodeSignals(signals.lazy.map { (kind: $0.kind.rawValue, text: $0.text) }, into: &json)
        var assessment = self.assessment
        assessment.signals = signals
        let sub = assessment.subkind
        ClassifyResponse.encodeSubkind(sub?.kind.rawValue, sub?.evidence ?? [], into: &json)
        let answers = ClaimAnswers.fromOwnerFault(note: nil)
        ClassifyResponse.encodeClaims(claims.enumerated().map { n, claim in
            AnsweredClaim(claim: claim, answer: answers.answer(for: claim, at: n, facts: assessment.facts))
        }, into: &json)
        json.key("reasons")
        json.beginArray()
        for reason in reasons {
            switch reason {
            case .fixed(let text): json.string(text)
            case let .quoting(fact, template):
                if let evidence = assessment.evidence(for: fact) {
                    json.string(renderer.reason(from: template, quoting: evidence))
                } else {
                    json.string(template.render([:]))
                }
            }
        }
        json.endArray()
        json.members(tail)
        json.endObject()
    }
}
