import CoachText

/// The reply checks that run on the text engine, as data: each is a code, concepts of
/// `lexicon/concepts/reply-*.txt` combined into a shape, and when it applies.
enum ReplyRules {
    /// Where a platform's rules for owner replies forbid each kind of content (DOMAIN.md).
    enum PlatformRule {
        static let link: [ReviewPlatform] = [.tripadvisor, .amazon]
        static let promotion: [ReviewPlatform] = [.google, .yelp, .tripadvisor, .amazon]
        static let reviewContent: [ReviewPlatform] = ReviewPlatform.allCases
        static let guessingIdentity: [ReviewPlatform] = [.tripadvisor]
        static let privateMessage: [ReviewPlatform] = [.tripadvisor]
    }

    static let shipped = rules(ReplyVocabulary.shipped)

    static func rules(_ v: ReplyVocabulary) -> [ReplyRule] {
        typealias Slot = TextPattern.Slot
        func said(_ c: Concept) -> Slot { Slot([c], polarity: .affirmed) }
        func anywhere(_ c: Concept) -> ReplyRule.Shape { .together([said(c)]) }
        func inOrder(_ a: Concept, _ b: Concept, gap: Int) -> ReplyRule.Shape {
            .pattern(TextPattern([said(a), Slot([b], gap: gap, polarity: .affirmed)]))
        }
        func seq(_ slots: Slot...) -> ReplyRule.Shape { .pattern(TextPattern(slots)) }
        let you = Slot([v.secondPerson])
        let apologyOrThanks = ConceptSet([v.apology, v.courtesy])
        return [
            // false_accusation: liar, fake, scammer, troll, a crime; a competitor named with the reviewer.
            ReplyRule(code: .falseAccusation, shape: anywhere(v.accusation)),
            ReplyRule(code: .falseAccusation, shape: .together([Slot([v.taunt])])),
            ReplyRule(code: .falseAccusation, shape: .together([said(v.rival), Slot([v.secondPerson, v.reviewObject])])),
            ReplyRule(code: .falseAccusation, shape: .together([said(v.insinuation), Slot([v.reviewObject])])),
            // Deceit or a crime said of the reviewer ('you're trying to scam us'), or of the account ('this is made up').
            ReplyRule(code: .falseAccusation, shape: seq(you, Slot([v.deceit], gap: 3, polarity: .affirmed))),
            ReplyRule(code: .falseAccusation, shape: seq(Slot([v.copula]), Slot([v.deceit], gap: 2))),
            // legal_threat, blames_customer, deflecting_but: the families the older checks miss.
            ReplyRule(code: .legalThreat, shape: anywhere(v.legal)),
            // The law or consequences invoked with the review named: 'posting false reviews is illegal',
            // 'remove this review or we will take the matter further'.
            ReplyRule(code: .legalThreat, shape: .together([said(v.unlawful), Slot([v.reviewObject])])),
            ReplyRule(code: .legalThreat, shape: .together([said(v.veiledThreat), Slot([v.reviewObject])])),
            ReplyRule(code: .legalThreat, shape: .together([said(v.police), Slot([v.secondPerson, v.possessive, v.reviewObject, v.demonstrative])])),
            // A negated legal word turned back into a threat: 'we won't hesitate to sue', 'don't make us
            // get our lawyers involved'; 'we would never sue' stays clean.
            ReplyRule(code: .legalThreat, shape: .together([Slot([v.legal], polarity: .negated), Slot([v.unnegate])])),
            // 'Be careful what you post; false reviews can have legal consequences' is the legal threat only.
            ReplyRule(code: .hostileTone, shape: .together([Slot([v.warning]), Slot([v.legal, v.veiledThreat, v.unlawful])]), clears: true),
            ReplyRule(code: .blamesCustomer, shape: anywhere(v.blame), unless: ConceptSet([v.apology])),
            // The reviewer as the cause: 'you didn't read', 'guests who don't read', 'had you told us',
            // 'you arrived late', 'but you told us it would fit', 'was always going to break'.
            // 'you didn't read', 'you never told us'; not the passive 'you weren't told' (our failure).
            ReplyRule(code: .blamesCustomer, shape: seq(you, Slot([v.negator], gap: 1), Slot([v.omission], gap: 1, polarity: .negatedPresent)),
                      unless: ConceptSet([v.apology, v.contact])),
            ReplyRule(code: .blamesCustomer, shape: seq(you, Slot([v.negator]), Slot([v.omission], polarity: .negated)),
                      unless: ConceptSet([v.apology, v.contact])),
            ReplyRule(code: .blamesCustomer, shape: seq(Slot([v.customerClass]), Slot([v.omission], gap: 2, polarity: .negated))),
            ReplyRule(code: .blamesCustomer, shape: seq(Slot([v.hadYou]), Slot([v.omission], gap: 2))),
            ReplyRule(code: .blamesCustomer, shape: seq(you, Slot([v.lateness], gap: 4, polarity: .affirmed)),
                      unless: ConceptSet([v.apology, v.courtesy, v.condition])),
            ReplyRule(code: .blamesCustomer, shape: seq(Slot([v.contrast]), Slot([v.secondPerson], gap: 1), Slot([v.youSaid], polarity: .affirmed))),
            ReplyRule(code: .blamesCustomer, shape: inOrder(v.inevitable, v.mishap, gap: 3), unless: ConceptSet([v.firstPerson])),
            ReplyRule(code: .deflectingBut, shape: inOrder(v.courtesy, v.contrast, gap: 6)),
            // hostile_tone: diagnoses, addiction labels, name-calling, sarcasm, mock advice about the reviewer's life.
            ReplyRule(code: .hostileTone, shape: anywhere(v.diagnosis)),
            ReplyRule(code: .hostileTone, shape: inOrder(v.secondPerson, v.insult, gap: 6)),
            ReplyRule(code: .hostileTone, shape: inOrder(v.insult, v.secondPerson, gap: 6)),
            ReplyRule(code: .hostileTone, shape: .together([Slot([v.mockery])])),
            ReplyRule(code: .hostileTone, shape: inOrder(v.suggestion, v.life, gap: 8)),
            ReplyRule(code: .hostileTone, shape: inOrder(v.life, v.suggestion, gap: 8)),
            ReplyRule(code: .hostileTone, shape: seq(Slot([v.imperative], polarity: .affirmed, opensSentence: true), Slot([v.life], gap: 3))),
            // A judgement of the person: 'your sense of time seems off', 'a temper like yours', 'you struggle to'.
            ReplyRule(code: .hostileTone, shape: seq(Slot([v.secondPerson, v.possessive]), Slot([v.faculty], gap: 1, polarity: .affirmed))),
            ReplyRule(code: .hostileTone, shape: seq(Slot([v.faculty]), Slot([v.possessive], gap: 2))),
            ReplyRule(code: .hostileTone, shape: seq(you, Slot([v.personFailing], gap: 2, polarity: .open)), unless: apologyOrThanks),
            // The reviewer told off for next time: an order opening the sentence ('Read the description
            // next time', 'Maybe set an alarm next time'): the reviewer talked down to.
            ReplyRule(code: .hostileTone, shape: seq(Slot([v.imperative], polarity: .affirmed, opensSentence: true), Slot([v.nextTime], gap: 6)),
                      unless: ConceptSet([v.firstPerson, v.apology, v.courtesy])),
            // A bare order ('Read the description next time') also puts the fault on the reviewer.
            ReplyRule(code: .blamesCustomer, shape: seq(Slot([v.imperative], polarity: .affirmed, opensSentence: true), Slot([v.nextTime], gap: 6)),
                      unless: ConceptSet([v.firstPerson, v.apology, v.courtesy])),
            ReplyRule(code: .hostileTone, shape: seq(Slot([v.suggestion], opensSentence: true), Slot([v.imperative], gap: 1), Slot([v.nextTime], gap: 6)),
                      unless: ConceptSet([v.firstPerson, v.apology, v.courtesy])),
            // Sarcasm: a mock title ('His Majesty', 'Gordon Ramsay'), a rhetorical question at the reviewer.
            ReplyRule(code: .hostileTone, shape: .together([Slot([v.mockTitle])])),
            ReplyRule(code: .hostileTone, shape: .together([Slot([v.rhetorical])]), questionOnly: true),
            // Health and client privacy: medical details are private anywhere; for a clinic or a
            // firm, any wording that confirms the relationship is a breach of confidence.
            // Without an industry, a medical detail is private when it is the reviewer's ("your
            // prescription", "the physiotherapy you're having"), not in a general policy.
            ReplyRule(code: .privateDetails, shape: .pattern(TextPattern([Slot([v.possessive, v.secondPerson]), Slot([v.medical], gap: 3, polarity: .affirmed)])),
                      ),
            ReplyRule(code: .privateDetails, shape: .pattern(TextPattern([said(v.medical), Slot([v.secondPerson, v.possessive], gap: 3)]))),
            // For a firm or a clinic, the client's legal or financial matter is private too.
            ReplyRule(code: .privateDetails, shape: .pattern(TextPattern([Slot([v.possessive, v.secondPerson]), Slot([v.caseDetail], gap: 3, polarity: .affirmed)])),
                      condition: .confidential),
            ReplyRule(code: .confidentialRelationship, shape: .pattern(TextPattern([Slot([v.possessive, v.secondPerson]), Slot([v.caseDetail], gap: 3, polarity: .affirmed)])),
                      condition: .confidential),
            // Where the reviewer lives or works, said as theirs: "I will drive it to your house".
            ReplyRule(code: .privateDetails, shape: .pattern(TextPattern([Slot([v.possessive]), Slot([v.dwelling], gap: 1, polarity: .affirmed)]))),
            // The owner's own signature and the business's contact line are not private details.
            ReplyRule(code: .privateDetails, shape: anywhere(v.signatureRole), clears: true, maxTokens: 8),
            ReplyRule(code: .privateDetails, shape: anywhere(v.contact), clears: true),
            // A signature line names the business: 'Clinic Manager, Eastgate Physiotherapy', '... Solicitors'.
            ReplyRule(code: .confidentialRelationship, shape: anywhere(v.signatureRole), clears: true, maxTokens: 8),
            ReplyRule(code: .legalThreat, shape: anywhere(v.signatureRole), clears: true, maxTokens: 8),
            ReplyRule(code: .confidentialRelationship, shape: anywhere(v.medical), condition: .confidential),
            ReplyRule(code: .confidentialRelationship, shape: anywhere(v.clientTie), condition: .confidential),
            ReplyRule(code: .confidentialRelationship, shape: inOrder(v.possessive, v.careNoun, gap: 1), condition: .confidential),
            // platform_rule: links, promotions, asking for review content, guessing who wrote it, quoting private messages.
            ReplyRule(code: .platformRule, shape: .together([Slot([v.link])]), exception: .emailAddress, platforms: PlatformRule.link),
            ReplyRule(code: .platformRule, shape: anywhere(v.promotion), platforms: PlatformRule.promotion),
            ReplyRule(code: .platformRule, shape: .together([said(v.nameAsk), Slot([v.reviewObject])]), platforms: PlatformRule.reviewContent),
            ReplyRule(code: .platformRule, shape: anywhere(v.starAsk), platforms: PlatformRule.reviewContent),
            ReplyRule(code: .platformRule, shape: anywhere(v.identify), platforms: PlatformRule.guessingIdentity),
            ReplyRule(code: .platformRule, shape: .together([Slot([v.privateChannel]), Slot([v.said])]), platforms: PlatformRule.privateMessage),
            // review_incentive: anything of value next to a changed review; for a threat, any offer at all.
            // Redress already given ("a refund has been issued") is not an offer; a gift always is.
            ReplyRule(code: .reviewIncentive, shape: .neighbours(said(v.gift), said(v.reviewChange))),
            ReplyRule(code: .reviewIncentive, shape: .neighbours(said(v.redress), said(v.reviewChange)), unless: ConceptSet([v.done])),
            // A policy stated for everyone ('upgrades are offered on the same terms to every guest') is no offer.
            ReplyRule(code: .reviewIncentive, shape: .together([Slot([v.gift, v.redress], polarity: .affirmed)]), condition: .threatBased,
                      unless: ConceptSet([v.sameForAll])),
            // non_apology: sorry for the feelings, for "any inconvenience"; an admitted fault waved away.
            ReplyRule(code: .nonApology, shape: .together([Slot([v.nonApology])])),
            // Sorry for how they feel or saw it ('sorry you feel you were', 'sorry if it came across
            // the wrong way'), or for a harm named in general ('we regret any inconvenience').
            ReplyRule(code: .nonApology, shape: seq(Slot([v.apology]), Slot([v.secondPerson], gap: 3), Slot([v.feeling], gap: 3, polarity: .affirmed))),
            ReplyRule(code: .nonApology, shape: seq(Slot([v.apology]), Slot([v.condition]), Slot([v.feeling], gap: 8, polarity: .affirmed))),
            ReplyRule(code: .nonApology, shape: seq(Slot([v.apology]), Slot([v.condition]), Slot([v.felt], gap: 4, polarity: .affirmed))),
            // Sorry the reviewer was not pleased: 'sorry you weren't happy', 'we regret that you were not satisfied'.
            ReplyRule(code: .nonApology, shape: seq(Slot([v.apology]), Slot([v.secondPerson], gap: 3), Slot([v.contentment], gap: 3, polarity: .negated))),
            ReplyRule(code: .nonApology, shape: seq(Slot([v.apology]), Slot([v.genericHarm], gap: 3))),
            ReplyRule(code: .nonApology, shape: seq(Slot([v.genericHarm]), Slot([v.apology], gap: 4))),
            ReplyRule(code: .nonApology, shape: anywhere(v.dismissal), condition: .faultNotDenied),
        ]
    }
}
