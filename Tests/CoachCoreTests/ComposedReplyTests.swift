import CoachCore
import Testing

/// Every reply the coach drafts, on every path, passes its own reply checker.
@Suite struct ComposedReplyTests {
    static let detailSets: [ReplyDetails] = [
        ReplyDetails(),
        ReplyDetails([
            .whatWentWrong: "the late delivery", .whatWeDid: "we have added a second driver on Fridays",
            .contact: "call the shop and ask for me", .name: "Maria, owner",
        ]),
        ReplyDetails([
            .whatWentWrong: "the cold crème brûlée 🍮", .whatWeDid: "the kitchen now checks every dessert.",
            .contact: "ask for me at the front desk", .name: "Zoé",
        ]),
    ]

    @Test(arguments: [nil, Industry.healthcare, .professional])
    func everyPathGivesAReplyWithNoFindings(_ industry: Industry?) {
        let coach = shippedCoach()
        for (c, f, d, a) in VerdictRulesTests.combinations {
            for details in Self.detailSets {
                var state = InterviewState(profile: OwnerProfile(industry: industry))
                state.owner = OwnerFacts(customerFound: c, ourFault: f, demand: d, abusive: a)
                state.details = details
                let assessment = coach.assessment(for: state)
                #expect(assessment.replyFindings.isEmpty, "\(c) \(f) \(d) \(a): \(assessment.replyFindings) in \(assessment.reply)")
            }
        }
    }

    @Test func theOwnersDetailsAppearInTheReply() {
        var state = InterviewState()
        state.owner = OwnerFacts(customerFound: .yes, ourFault: .yes, demand: .no, abusive: .no)
        state.details = Self.detailSets[1]
        let reply = shippedCoach().assessment(for: state).reply
        #expect(reply.contains("the late delivery"))
        #expect(reply.contains("We have added a second driver on Fridays."))
        #expect(reply.contains("call the shop and ask for me"))
        #expect(reply.hasSuffix("Maria, owner"))
    }

    @Test func theThreatReplyConcedesNothingForTheReview() {
        var state = InterviewState()
        state.owner = OwnerFacts(customerFound: .yes, ourFault: .yes, demand: .yes, abusive: .no)
        let reply = shippedCoach().assessment(for: state).reply.lowercased()
        for word in ["refund", "discount", "free", "voucher", "remove", "delete"] {
            #expect(!reply.contains(word), "threat reply mentions \(word)")
        }
    }

    @Test func aClinicsReplyNeverSaysWhetherTheWriterWasAPatient() {
        let coach = shippedCoach()
        for (c, f, d, a) in VerdictRulesTests.combinations {
            var state = InterviewState(profile: OwnerProfile(industry: .healthcare))
            state.owner = OwnerFacts(customerFound: c, ourFault: f, demand: d, abusive: a)
            let reply = coach.assessment(for: state).reply
            #expect(!reply.contains("no record") && !reply.contains("You're right") && !reply.contains("visit"), "\(reply)")
            #expect(reply.contains("privacy"))
        }
    }
}
