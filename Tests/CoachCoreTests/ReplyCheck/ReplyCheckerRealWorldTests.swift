import CoachCore
import Testing

/// Replies worded the way owners write them. Fixtures/real-world-replies.jsonl is the tuning set
/// (rw-* written before any tuning, rw2-* written after the first round and scored before tuning on
/// them, rw3-clean-* good replies full of words the new rules look for: 5 of the first 50 and 2 of the
/// last 14 were flagged when written);
/// Fixtures/held-out-replies.jsonl was written after tuning and scored once, blind. The floors
/// are the scores measured then: a change that lowers any of them fails here. Raise them when the
/// checker gets better; never lower them to let a change through. Fixtures/held-out-2-replies.jsonl
/// (other trades: garage, dentist, salon, landlord...) was written after the first held-out set's fixes.
@Suite struct ReplyCheckerRealWorldTests {
    static let tuning = LintCase.load("real-world-replies.jsonl")
    static let heldOut = LintCase.load("held-out-replies.jsonl")
    static let heldOut2 = LintCase.load("held-out-2-replies.jsonl")
    static let heldOut3 = LintCase.load("held-out-3-replies.jsonl")
    static let heldOut4 = LintCase.load("held-out-4-replies.jsonl")
    static let heldOut5 = LintCase.load("held-out-5-replies.jsonl")

    /// Floors per code: (precision, recall), in percent.
    typealias Floors = [FindingCode: (precision: Int, recall: Int)]

    static let tuningFloors: Floors = [
        .legalThreat: (100, 100), .reviewIncentive: (100, 100), .deflectingBut: (100, 100), .blamesCustomer: (100, 100),
        .overExplaining: (100, 100), .privateDetails: (100, 100), .hostileTone: (100, 100),
    ]

    /// Scored blind first (30/40 exact; recall legal 60%, incentive 75%, but 100%, blame 83%, excuses
    /// 50%, private 75%, hostile 38%; precision 100% and no clean reply flagged). Its misses were then
    /// fixed by general rules, so these floors are the later scores and the set is no longer blind.
    static let heldOutFloors: Floors = [
        .legalThreat: (100, 100), .reviewIncentive: (100, 100), .deflectingBut: (100, 100), .blamesCustomer: (100, 100),
        .overExplaining: (100, 100), .privateDetails: (100, 100), .hostileTone: (100, 88),
    ]

    private func check(_ score: LintScore, _ floors: Floors, exact: Int) {
        #expect(score.exactRows >= exact, "\(score)")
        for (code, floor) in floors {
            #expect(Int((score.precision(code) * 100).rounded()) >= floor.precision, "\(code.rawValue) precision\n\(score)")
            #expect(Int((score.recall(code) * 100).rounded()) >= floor.recall, "\(code.rawValue) recall\n\(score)")
        }
    }

    /// Scored blind first (29/40 exact, 1 of 15 clean replies flagged: "your test results"; recall
    /// blame 33%, excuses 0%, private 67%, hostile 50%, the rest 100%; private precision 67%). Its
    /// misses were then fixed by general rules, so these floors are the later scores.
    static let heldOut2Floors: Floors = [
        .legalThreat: (100, 100), .reviewIncentive: (100, 100), .deflectingBut: (100, 100), .blamesCustomer: (100, 100),
        .overExplaining: (100, 100), .privateDetails: (100, 100), .hostileTone: (100, 100),
    ]

    /// Fixtures/held-out-3-replies.jsonl, written after the other sets' fixes and scored blind: 30/40
    /// exact, no clean reply flagged, precision 100%; recall incentive 80%, blame 43%, hostile 29%, the
    /// rest 100% (the checker before this work: 28/40, one clean reply flagged). Its misses were then
    /// fixed by general rules, so these floors are the later scores and the set is no longer blind.
    static let heldOut3Floors: Floors = [
        .legalThreat: (100, 100), .reviewIncentive: (100, 100), .deflectingBut: (100, 100), .blamesCustomer: (100, 100),
        .overExplaining: (100, 100), .privateDetails: (100, 100), .hostileTone: (100, 100),
    ]

    /// Fixtures/held-out-4-replies.jsonl: 60 replies (plumber, vet, gym, B&B, dentist, florist, car dealer,
    /// app developer, takeaway...; 21 clean, 13 with two or more problems), written before this round's
    /// changes and scored blind: 33/60 exact, 1 of 21 clean replies flagged (our support address after
    /// "if you email" taken for the customer's); precision 100% except private 67%; recall legal 60%,
    /// incentive 71%, but 63%, blame 9%, excuses 50%, private 29%, hostile 54%. Its misses were then
    /// fixed by general rules (60/60), so these floors are the later scores and the set is no longer blind.
    static let heldOut4Floors: Floors = [
        .legalThreat: (100, 100), .reviewIncentive: (100, 100), .deflectingBut: (100, 100), .blamesCustomer: (100, 100),
        .overExplaining: (100, 100), .privateDetails: (100, 100), .hostileTone: (100, 100),
    ]

    /// Fixtures/held-out-5-replies.jsonl: 30 replies in yet other trades (electrician, groomer, driving
    /// school, cinema, photographer, removals, escape room, tattoo, optician...; 10 clean), written after
    /// set 4's fixes and scored blind: 16/30 exact, no clean reply flagged, precision 100%; recall
    /// incentive 0%, excuses 0%, blame 33%, hostile 43%, private 75%, legal and but 100%. General fixes
    /// then brought it to 27/30; still missed: "We remember you well, and so does the rest of the
    /// street" (hostile), "Read the booking page." (blame; "READ THE MENU." is labelled hostile only
    /// elsewhere) and a four-excuse list whose excuses name no known cause (a farm, barking, new boarders).
    static let heldOut5Floors: Floors = [
        .legalThreat: (100, 100), .reviewIncentive: (100, 100), .deflectingBut: (100, 100), .blamesCustomer: (100, 83),
        .overExplaining: (100, 50), .privateDetails: (100, 100), .hostileTone: (100, 86),
    ]

    @Test func fixturesHoldEnoughRepliesGoodAndBad() {
        #expect(Self.tuning.count >= 150)
        #expect(Self.heldOut.count >= 40)
        #expect(Self.heldOut2.count >= 40)
        #expect(Self.heldOut3.count >= 40)
        #expect(Self.heldOut4.count >= 60)
        #expect(Self.heldOut5.count >= 30)
        #expect(Self.tuning.filter(\.expect.isEmpty).count >= 50)
        #expect(Self.tuning.filter { $0.expect.count >= 2 }.count >= 20)
        let all = Self.tuning + Self.heldOut + Self.heldOut2 + Self.heldOut3 + Self.heldOut4 + Self.heldOut5
        #expect(Set(all.map(\.id)).count == all.count)
    }

    @Test func tuningSetScoresStayAtTheirFloors() {
        check(LintScore(Self.tuning), Self.tuningFloors, exact: 294)
    }

    @Test func heldOutSetScoresStayAtTheirFloors() {
        check(LintScore(Self.heldOut), Self.heldOutFloors, exact: 39)
    }

    @Test func secondHeldOutSetScoresStayAtTheirFloors() {
        check(LintScore(Self.heldOut2), Self.heldOut2Floors, exact: 40)
    }

    @Test func thirdHeldOutSetScoresStayAtTheirFloors() {
        check(LintScore(Self.heldOut3), Self.heldOut3Floors, exact: 40)
    }

    @Test func fourthHeldOutSetScoresStayAtTheirFloors() {
        check(LintScore(Self.heldOut4), Self.heldOut4Floors, exact: 60)
    }

    @Test func fifthHeldOutSetScoresStayAtTheirFloors() {
        check(LintScore(Self.heldOut5), Self.heldOut5Floors, exact: 27)
    }

    @Test func printScores() {
        print("TUNING\n\(LintScore(Self.tuning))\nHELDOUT\n\(LintScore(Self.heldOut))\nHELDOUT2\n\(LintScore(Self.heldOut2))\nHELDOUT3\n\(LintScore(Self.heldOut3))\nHELDOUT4\n\(LintScore(Self.heldOut4))\nHELDOUT5\n\(LintScore(Self.heldOut5))")
    }

    @Test func noCleanReplyInEitherSetIsFlagged() {
        for set in [Self.tuning, Self.heldOut, Self.heldOut2, Self.heldOut3, Self.heldOut4, Self.heldOut5] {
            let score = LintScore(set)
            #expect(score.cleanFlagged == 0, "\(score)")
        }
    }

    @Test(arguments: tuning + heldOut + heldOut2 + heldOut3 + heldOut4 + heldOut5)
    func everyFindingQuotesAnExactSubstringOfTheReply(_ row: LintCase) {
        for f in ReplyChecker.check(row.reply) {
            #expect(!f.text.isEmpty && row.reply.contains(f.text), "\(row.id): \(f.text)")
        }
    }
}
