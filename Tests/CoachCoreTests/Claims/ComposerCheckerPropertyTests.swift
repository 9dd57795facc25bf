import CoachCore
import Testing

/// The property that ties the composer to the checker: every reply the composer can produce,
/// short and full, passes the reply checker in the context it is posted in, under every industry
/// profile (and none) and every platform (and none): each claim category with each stance, with
/// and without the owner's note and details (a name, a contact), three claims with mixed stances,
/// for a genuine grievance, a customer's threat and
/// every troll sub-kind, in every wording variant. The replies are composed once and checked
/// under each context; a finding names the reply and the context.
@Suite struct ComposerCheckerPropertyTests {
    static let catalog = shippedCatalog()
    static let composer = ReplyComposer(catalog: catalog)
    static let industries: [Industry?] = [nil] + Industry.allCases.map { $0 }
    static let platforms: [ReviewPlatform?] = [nil] + ReviewPlatform.allCases.map { $0 }
    /// No details at all, and every detail given (a name, a contact, what went wrong and was done).
    static let detailSets = [ReplyDetails(), ComposedReplyTests.detailSets[1]]
    static let notes: [String?] = [nil, "our records show the order went out at 8:10"]

    /// One composed reply with what it was composed from.
    struct Case {
        var input: ReplyComposer.Input
        var reply: ComposedReply
    }

    static func facts(_ owner: OwnerFacts) -> ResolvedFacts { ResolvedFacts(owner: owner, text: TextImplications(signals: [])) }

    static func claim(_ category: ClaimCategory, _ n: Int, _ stance: ClaimStance, note: String?) -> AnsweredClaim {
        AnsweredClaim(claim: Claim(id: "c\(n)", category: category, text: "—"), answer: ClaimAnswer(stance: stance, note: note))
    }

    /// Every reply for one industry: each category alone with each stance, note and detail set,
    /// as a grievance and as a customer's threat; three claims together with every mix of
    /// stances; and a troll of each sub-kind. The variant turns with the case so every wording
    /// is reached.
    static func cases(for industry: Industry?) -> [Case] {
        var cases: [Case] = []
        var turn = 0
        func add(_ verdict: Verdict, _ subkind: Subkind?, _ owner: OwnerFacts, _ claims: [AnsweredClaim], _ details: ReplyDetails) {
            turn += 1
            let input = ReplyComposer.Input(verdict: verdict, subkind: subkind, facts: facts(owner), claims: claims, details: details,
                                            industry: industry, channel: .publicReview, variant: turn % ReplyComposer.variants)
            cases.append(Case(input: input, reply: composer.compose(input)))
        }
        let grievance = OwnerFacts(customerFound: .yes, ourFault: .partly, demand: .no, abusive: .no)
        let threat = OwnerFacts(customerFound: .yes, ourFault: .no, demand: .yes, abusive: .no)
        let categories = ClaimCategory.allCases
        for (i, category) in categories.enumerated() {
            for stance in ClaimStance.allCases {
                for note in notes {
                    for details in detailSets {
                        add(.genuineGrievance, nil, grievance, [claim(category, 1, stance, note: note)], details)
                        add(.threatBased, .customerDemand, threat, [claim(category, 1, stance, note: note)], details)
                    }
                }
            }
            // Several claims at once: the shared apology, "we are also looking into", one denial.
            let others = [categories[(i + 1) % categories.count], categories[(i + 5) % categories.count]]
            // Every pair of stances on the first two, the third turning through them all.
            let stances = ClaimStance.allCases
            for (x, a) in stances.enumerated() {
                for (y, b) in stances.enumerated() {
                    let c = stances[(x + y + i) % stances.count]
                    let claims = [claim(category, 1, a, note: notes[1]), claim(others[0], 2, b, note: nil), claim(others[1], 3, c, note: nil)]
                    add(.genuineGrievance, nil, grievance, claims, detailSets[(turn / 3) % 2])
                }
            }
        }
        // No claim found: the general sentence for each fault answer.
        for fault in FaultAnswer.allCases {
            for details in detailSets {
                add(.genuineGrievance, nil, OwnerFacts(customerFound: .yes, ourFault: fault, demand: .no, abusive: .no), [], details)
            }
        }
        let troll = OwnerFacts(customerFound: .no, ourFault: .no, demand: .no, abusive: .no)
        for subkind in Subkind.allCases where ![.customerDemand, .extortionScam].contains(subkind) {
            for details in detailSets {
                for variant in 0..<ReplyComposer.variants {
                    turn = variant - 1
                    add(.troll, subkind, troll, [], details)
                }
            }
        }
        return cases
    }

    @Test(arguments: industries)
    func everyComposedReplyPassesTheCheckerOnEveryPlatform(_ industry: Industry?) {
        let cases = Self.cases(for: industry)
        var checked = 0
        // The same text in the same context is checked once (a clinic's policy sentences repeat).
        var seen: Set<String> = []
        for c in cases where c.reply.withheld == nil {
            for platform in Self.platforms {
                let context = ReplyContext(verdict: c.input.verdict, ourFault: c.input.facts.ourFault.value, industry: industry,
                                           platform: platform)
                for text in Set([c.reply.full, c.reply.short]) {
                    guard seen.insert("\(c.input.verdict) \(c.input.facts.ourFault.value) \(platform.map(\.rawValue) ?? "")\n\(text)").inserted
                    else { continue }
                    let findings = ReplyChecker.check(text, context: context)
                    #expect(findings.isEmpty, "\(industry.map(\.rawValue) ?? "no industry") \(platform.map(\.rawValue) ?? "any platform") \(c.input.verdict) \(c.input.claims.map { "\($0.claim.category.rawValue)=\($0.answer.stance.rawValue)" }): \(findings.map { "\($0.code.rawValue) \"\($0.text)\"" }) in:\n\(text)")
                    checked += 1
                }
            }
        }
        // The enumeration reaches every category, stance and verdict (a guard against an empty loop).
        #expect(checked > 100)
        #expect(Set(cases.map(\.input.verdict)) == Set(Verdict.allCases))
    }

    @Test func aTrueClaimAfterNothingWentWrongGetsNoWordOfWhatWasChangedUnlessSerious() {
        let details = ComposedReplyTests.detailSets[1]
        for category in ClaimCategory.allCases where !category.isSerious {
            let input = ReplyComposer.Input(
                verdict: .genuineGrievance, subkind: nil, facts: Self.facts(OwnerFacts(customerFound: .yes, ourFault: .no)),
                claims: [Self.claim(category, 1, .true, note: nil)], details: details, industry: nil, channel: .publicReview)
            #expect(!Self.composer.compose(input).full.contains("We have added a second driver on Fridays."), "\(category)")
        }
    }

    @Test func aClaimTheOwnerDisputesGetsNoWordOfWhatWasChanged() {
        let details = ComposedReplyTests.detailSets[1]
        let done = "We have added a second driver on Fridays."
        #expect(details[.whatWeDid] == "we have added a second driver on Fridays")
        for category in ClaimCategory.allCases {
            for stance in ClaimStance.allCases {
                let input = ReplyComposer.Input(
                    verdict: .genuineGrievance, subkind: nil, facts: Self.facts(OwnerFacts(customerFound: .yes, ourFault: .unsure)),
                    claims: [Self.claim(category, 1, stance, note: nil)], details: details, industry: nil, channel: .publicReview)
                let said = Self.composer.compose(input).full.contains(done)
                #expect(said == (stance == .true || stance == .partly), "\(category) \(stance)")
            }
        }
    }
}
