import CoachCore
import Testing

/// The owner's stance, claim by claim, in the chat: asked after the verdict facts for the main
/// claims (at most four, most serious first), kept with the owner's note, and read by the reply
/// the same way classify's `claims` input is; `/back` goes through them and a skip is `unknown`.
@Suite struct ClaimStanceInterviewTests {
    static let coach = shippedCoach()
    static let bedbugs = "Stayed two nights. The room was dirty and we found bedbugs in the bed. Never again."
    /// The lines up to the first claim question for a real customer with no demand.
    static func toClaims(_ review: String, fault: String = "no") -> [String] { [review, "", "calm", "yes", fault, "no", "no"] }

    static func claimQuestions(_ events: [CoachEvent]) -> [Claim] {
        events.compactMap { if case let .askClaim(_, claim) = $0 { claim } else { nil } }
    }

    @Test func eachMainClaimIsAskedAfterTheFactsMostSeriousFirst() {
        let (session, events) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["false", "false"])
        #expect(Self.claimQuestions(events).map(\.category) == [.pests, .cleanliness])
        #expect(session.state.step == .whatWentWrong)
    }

    @Test func noMoreThanFourClaimsAreAsked() {
        let review = "We found a cockroach, the floor was filthy, the waiter was rude, the food was cold, the bill was wrong and we waited an hour."
        var state = InterviewState()
        state.reviewLines = [review]
        #expect(ClaimFinder.shipped.claims(in: review).count > ReplyComposer.maxClaims)
        let (_, events) = feed(Self.coach, Self.toClaims(review) + Array(repeating: "skip", count: 6))
        #expect(Self.claimQuestions(events).count == ReplyComposer.maxClaims)
    }

    @Test func theOwnersStanceAndNoteReachTheReply() {
        let note = "our pest-control contractor inspected the room the next morning and found nothing"
        let (session, _) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["false, \(note)", "don't know yet"])
        let assessment = Self.coach.assessment(for: session.state)
        #expect(assessment.claims.map(\.answer.stance) == [.false, .unknown])
        #expect(assessment.claims[0].answer.note == note)
        #expect(assessment.reply.contains("Our pest-control contractor inspected the room the next morning and found nothing."))
        #expect(assessment.reply.contains(shippedCatalog().text("claim.pests.false")))
    }

    @Test func theInterviewAndClassifyGiveTheSameReplyForTheSameAnswers() {
        let (session, _) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["partly, one pillow was not changed", "true"])
        let chat = Self.coach.assessment(for: session.state)
        let batch = Assessment(signals: session.state.signals, owner: session.state.owner, details: session.state.details,
                               catalog: shippedCatalog(), review: Self.bedbugs,
                               answers: .given(["c1": ClaimAnswer(stance: .partly, note: "one pillow was not changed"),
                                                "c2": ClaimAnswer(stance: .true)]))
        #expect(chat.composed == batch.composed)
    }

    @Test func skippingAClaimLeavesItUnknown() {
        let (session, _) = feed(Self.coach, Self.toClaims(Self.bedbugs, fault: "yes") + ["skip", "skip"])
        #expect(Self.coach.assessment(for: session.state).claims.map(\.answer.stance) == [.unknown, .unknown])
    }

    @Test func backGoesThroughTheClaimQuestions() {
        let (answered, _) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["false", "true"])
        let (back, events) = feed(Self.coach, ["/back"], from: answered)
        #expect(back.state.step == .claim(2))
        #expect(events.contains(.wentBack(to: .claim(2))))
        #expect(back.state.claimAnswers[1] == nil && back.state.claimAnswers[0]?.stance == .false)
        let (twice, _) = feed(Self.coach, ["/back"], from: back)
        #expect(twice.state.step == .claim(1) && twice.state.claimAnswers.isEmpty)
    }

    @Test func anAnswerThatIsNoStanceIsAskedAgain() {
        let (session, events) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["the room was fine"])
        #expect(session.state.step == .claim(1))
        #expect(events.last == .invalidAnswer(.claim(1)))
    }

    @Test func aTrollIsNotAskedAboutClaims() {
        let (_, events) = feed(Self.coach, [Self.bedbugs, "", "calm", "no", "no", "no", "no"])
        #expect(Self.claimQuestions(events).isEmpty)
    }

    @Test func whatWasDoneIsAskedOnlyWhenTheOwnerOwnsAClaim() {
        let (disputed, _) = feed(Self.coach, Self.toClaims(Self.bedbugs, fault: "unsure") + ["false", "false", "skip"])
        #expect(disputed.state.step != .whatWeDid)
        let (owned, _) = feed(Self.coach, Self.toClaims(Self.bedbugs, fault: "unsure") + ["false", "true", "skip"])
        #expect(owned.state.step == .whatWeDid)
    }

    @Test func whatWasDoneIsNotAskedForATrueClaimAfterNothingWentWrong() {
        let fee = "They charged me a $60 call-out fee for a ten-minute job."
        let (session, events) = feed(Self.coach, Self.toClaims(fee, fault: "no") + ["true", "true"])
        #expect(Self.claimQuestions(events).map(\.category) == [.billing, .price])
        #expect(session.state.step == .whatWentWrong)
        let (next, _) = feed(Self.coach, ["skip"], from: session)
        #expect(next.state.step != .whatWeDid)
    }

    @Test func aFalseClaimGetsNeitherWhatWasChangedNorFixTheCause() {
        let (session, _) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["false", "false"])
        var state = session.state
        state.details[.whatWeDid] = "we have replaced every mattress"
        let assessment = Self.coach.assessment(for: state)
        #expect(!assessment.reply.contains("mattress"))
        #expect(!assessment.nextSteps.contains(.fixRootCause) && !assessment.nextSteps.contains(.logAndLearn))
        #expect(assessment.nextSteps.contains(.noteComplaint))
    }

    @Test func aPartlyClaimGetsWhatWasChangedAndFixTheCause() {
        let (session, _) = feed(Self.coach, Self.toClaims(Self.bedbugs) + ["false", "partly", "skip", "we now check every room twice"])
        let assessment = Self.coach.assessment(for: session.state)
        #expect(assessment.reply.contains("We now check every room twice."))
        #expect(assessment.nextSteps.contains(.fixRootCause))
    }
}

/// Where a threat's demand came: asked for threats only; a private message gets no public reply,
/// and the coach says so.
@Suite struct ThreatChannelInterviewTests {
    static let coach = shippedCoach()
    static let demand = "Refund my dinner or I will post a one-star review everywhere. The soup was cold."
    static let threat = [demand, "", "calm", "yes", "no", "yes", "no"]

    @Test func aThreatIsAskedWhereTheDemandCame() {
        let (session, events) = feed(Self.coach, Self.threat)
        #expect(session.state.step == .channel)
        #expect(events.contains(.ask(.channel, prefill: nil)))
    }

    @Test func aGrievanceIsNotAskedWhereItCame() {
        let (_, events) = feed(Self.coach, [Self.demand, "", "calm", "yes", "no", "no", "no"])
        #expect(!events.contains(.ask(.channel, prefill: nil)))
    }

    @Test(arguments: [("private", ReplyChannel.privateMessage), ("by WhatsApp", .privateMessage), ("public", .publicReview), ("both", .both)])
    func theAnswerIsKeptAsTheChannel(_ typed: String, _ channel: ReplyChannel) {
        let (session, _) = feed(Self.coach, Self.threat + [typed])
        #expect(session.state.channel == channel)
    }

    @Test func aPrivateMessageGetsNoPublicReplyAndTheCoachSaysSo() {
        let (session, events) = feed(Self.coach, Self.threat + ["private", "skip", "skip"])
        #expect(events.contains(.channelAdvice(.privateMessage, scam: false)))
        let assessment = Self.coach.assessment(for: session.state)
        #expect(assessment.composed.withheld == .privateMessage)
        #expect(assessment.nextSteps.first == .noPublicReply)
        // Nothing is answered in public, so the claims are not asked about.
        #expect(!events.contains { if case .askClaim = $0 { true } else { false } })
    }

    @Test func aPublicDemandIsAskedAboutItsClaims() {
        let (session, events) = feed(Self.coach, Self.threat + ["public"])
        #expect(events.contains(.channelAdvice(.publicReview, scam: false)))
        #expect(session.state.step == .claim(1))
    }
}

/// `/evidence FILE`: the shell is asked to write the pack once there is a review; the pack holds
/// what Google's extortion form asks for.
@Suite struct EvidenceCommandTests {
    static let coach = shippedCoach()
    static let scam = "Pay 150 euros by PayPal and we delete this review and the others."

    @Test func evidenceAsksTheShellToWriteThePack() {
        let (_, events) = feed(Self.coach, [Self.scam, "", "/evidence pack.md"])
        #expect(events.last == .evidenceRequested(path: "pack.md"))
    }

    @Test func evidenceBeforeTheReviewSaysThereIsNothingYet() {
        let (_, events) = feed(Self.coach, ["/evidence pack.md"])
        #expect(events == [.nothingForEvidence])
    }

    @Test func thePackHoldsTheListingTheChannelTheReviewAndTheDemand() {
        var session = Session(state: InterviewState(profile: OwnerProfile(business: "Harbour View", listings: ["https://maps.google.com/?cid=1"])))
        (session, _) = feed(Self.coach, [Self.scam + " \u{1B}[31m", "", "calm", "no", "no", "", "no", "both"], from: session)
        let pack = EvidencePack(catalog: shippedCatalog()).document(for: session.state)
        #expect(pack.hasPrefix("# "))
        #expect(pack.contains("https://maps.google.com/?cid=1"))
        #expect(pack.contains(shippedCatalog().text("channel.name.both")))
        #expect(pack.contains("Pay 150 euros by PayPal"))
        #expect(!pack.contains("\u{1B}"))
        #expect(pack.contains("- [ ] "))
    }

    @Test func howTheyGotInTouchIsABlankWhenNotAsked() {
        let (session, _) = feed(Self.coach, [Self.scam, ""])
        let pack = EvidencePack(catalog: shippedCatalog()).document(for: session.state)
        #expect(pack.contains(shippedCatalog().text("evidence.contact_channel", ["channel": shippedCatalog().text("evidence.unknown")])))
    }
}
