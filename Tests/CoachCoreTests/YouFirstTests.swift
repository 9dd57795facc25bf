import CoachCore
import Testing

/// `--you-first`: the owner's own draft is one entry of the interview's table, asked before
/// the verdict and the coach's reply.
@Suite struct YouFirstTests {
    let coach = Coach(catalog: shippedCatalog(), script: .interviewYouFirst)

    /// A troll review answered up to the owner's draft: every free-text detail skipped.
    func atYourDraft() -> (Session, [CoachEvent]) {
        var (session, events) = feed(coach, ["Worst place ever, never again.", "", "calm", "no", "no", "no", "no"])
        for _ in 0..<10 where session.state.step != .yourDraft {
            let (next, said) = coach.step(session, "skip")
            session = next
            events += said
        }
        return (session, events)
    }

    @Test func theOwnersDraftIsAskedRightBeforeTheVerdict() {
        let steps = Script.interviewYouFirst.steps
        #expect(steps.firstIndex(of: .yourDraft).map { steps[$0 + 1] } == .done)
    }

    @Test func theCoachsReplyIsNotShownBeforeTheOwnersDraft() {
        let (session, events) = atYourDraft()
        #expect(session.state.step == .yourDraft)
        #expect(!events.contains { if case .assessment = $0 { true } else { false } })
    }

    @Test func theDraftIsCheckedAndGradedThenTheVerdictAndReplyFollow() {
        let (session, _) = atYourDraft()
        let (after, events) = feed(coach, ["Sorry you feel that way.", ""], from: session)
        #expect(after.state.step == .done)
        let kinds = events.map { event -> String in
            switch event {
            case .draftChecked: "checked"
            case .draftGraded: "graded"
            case .assessment: "assessment"
            default: "other"
            }
        }.filter { $0 != "other" }
        #expect(kinds == ["checked", "graded", "assessment"])
    }
}
