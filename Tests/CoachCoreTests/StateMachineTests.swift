import CoachCore
import Testing

/// The interview, step by step: every change of state is stated.
@Suite struct StateMachineTests {
    let coach = shippedCoach()
    let review = ["The soup was cold and we waited an hour.", ""]
    /// The owner's stance on the review's two claims (the soup, the wait).
    let stances = ["true", "true"]

    @Test func everyStepHasAWayForward() {
        for entry in Script.interview.entries {
            #expect(!entry.edges.isEmpty, "\(entry.step) is a dead end")
        }
    }

    @Test func everyStepIsInTheScriptOnce() {
        #expect(Set(Script.interview.steps).count == Script.interview.entries.count)
    }

    @Test func reviewLinesAccumulateUntilAnEmptyLine() {
        let (session, events) = feed(coach, ["First line", "Second line"])
        #expect(session.state.step == .review)
        #expect(session.state.reviewLines == ["First line", "Second line"])
        #expect(events.isEmpty)
        let (after, more) = coach.step(session, "")
        #expect(after.state.step == .mood)
        #expect(after.state.review == "First line\nSecond line")
        #expect(more.contains(.ask(.mood, prefill: nil)))
    }

    @Test func anEmptyLineBeforeAnyReviewIsNotAReview() {
        let (session, events) = coach.step(Session(), "")
        #expect(session.state.step == .review)
        #expect(events == [.reviewEmpty])
    }

    @Test func anInvalidAnswerIsAskedAgainAndNothingChanges() {
        let (session, _) = feed(coach, review + ["calm"])
        let (after, events) = coach.step(session, "perhaps tomorrow")
        #expect(after == session)
        #expect(events == [.invalidAnswer(.customerFound)])
    }

    @Test func anAngryOwnerIsAskedToPauseAndKeepsEverything() {
        let (session, events) = feed(coach, review + ["angry"])
        #expect(session.state.step == .paused)
        #expect(events.contains(.moodAdvice(.angry)))
        #expect(session.state.reviewLines == ["The soup was cold and we waited an hour."])
        let (after, _) = coach.step(session, "ready")
        #expect(after.state.step == .customerFound)
    }

    @Test func anAnswerTypedAtThePauseIsNotTakenAsReadyAndThrownAway() {
        let (session, _) = feed(coach, review + ["angry"])
        let (after, events) = coach.step(session, "yes, they came in but never had a booking")
        #expect(after.state.step == .paused)
        #expect(!events.isEmpty)
    }

    @Test func aCalmOwnerGoesStraightToTheQuestions() {
        let (session, _) = feed(coach, review + ["calm"])
        #expect(session.state.step == .customerFound)
    }

    @Test func aGenuineGrievanceAsksForAllFourDetails() {
        let (session, _) = feed(coach, review + ["calm", "yes", "yes", "no", "no"] + stances)
        #expect(session.state.step == .whatWentWrong)
        let (done, events) = feed(coach, ["the cold soup", "we now check every bowl", "call us", "Sam"], from: session)
        #expect(done.state.step == .done)
        guard case .assessment(let assessment) = events.last else { Issue.record("no assessment"); return }
        #expect(assessment.verdict == .genuineGrievance)
        #expect(assessment.reply.contains("the cold soup"))
        #expect(assessment.reply.contains("We now check every bowl."))
    }

    @Test func aThreatAsksOnlyForContactAndName() {
        let (session, _) = feed(coach, review + ["calm", "yes", "no", "yes", "no", "public"] + stances)
        #expect(session.state.step == .contact)
    }

    @Test func aTrollAsksOnlyForContactAndName() {
        let (session, _) = feed(coach, review + ["calm", "no", "no", "no", "no"])
        #expect(session.state.step == .contact)
    }

    @Test func backThenTheSameAnswerGivesExactlyTheSameState() {
        let (direct, _) = feed(coach, review + ["calm", "yes", "partly"])
        let (viaBack, _) = feed(coach, review + ["calm", "yes", "no", "/back", "partly"])
        #expect(viaBack == direct)
    }

    @Test func backTwiceReturnsTwoQuestions() {
        let (session, events) = feed(coach, review + ["calm", "yes", "no", "/back", "/back"])
        #expect(session.state.step == .customerFound)
        #expect(session.state.owner.customerFound == nil)
        #expect(events.contains(.wentBack(to: .customerFound)))
    }

    @Test func backFromTheFirstQuestionKeepsTheReviewText() {
        let (session, _) = feed(coach, review + ["/back"])
        #expect(session.state.step == .review)
        #expect(session.state.reviewLines == ["The soup was cold and we waited an hour."])
    }

    @Test func backAtTheStartSaysThereIsNothingToUndo() {
        let (session, events) = coach.step(Session(), "/back")
        #expect(session == Session())
        #expect(events == [.nothingToUndo])
    }

    @Test func restartCanBeUndone() {
        let (before, _) = feed(coach, review + ["calm"])
        let (restarted, _) = coach.step(before, "/restart")
        #expect(restarted.state == InterviewState())
        let (back, _) = coach.step(restarted, "/back")
        #expect(back.state == before.state)
    }

    @Test func anUnknownCommandChangesNothing() {
        let (session, _) = feed(coach, review)
        let (after, events) = coach.step(session, "/frobnicate")
        #expect(after == session)
        #expect(events == [.unknownCommand("/frobnicate")])
    }

    @Test func helpWhyAndSummaryChangeNothing() {
        let (session, _) = feed(coach, review + ["calm"])
        for command in ["/help", "/why", "/summary"] {
            #expect(coach.step(session, command).0 == session)
        }
    }

    @Test func theTextPrefillIsAcceptedWithEnter() {
        let threat = ["Refund me or I'll post this review everywhere.", ""]
        var (session, _) = feed(coach, threat + ["calm", "yes", "no"])
        session.state.signals = [Signal(kind: .demand, text: "Refund me or I'll post this review everywhere.", offset: 0)]
        let (after, _) = coach.step(session, "")
        #expect(after.state.step == .abusive)
        #expect(after.state.owner.demand == .yes)
    }

    @Test func withoutAPrefillAnEmptyAnswerIsAskedAgain() {
        let (session, _) = feed(coach, review + ["calm"])
        let (after, events) = coach.step(session, "")
        #expect(after == session)
        #expect(events == [.invalidAnswer(.customerFound)])
    }

    @Test func theOwnerCorrectsThePrefill() {
        var (session, _) = feed(coach, review + ["calm", "yes", "no"])
        session.state.signals = [Signal(kind: .demand, text: "x", offset: 0)]
        let (after, _) = coach.step(session, "no")
        #expect(after.state.owner.demand == YesNoUnsure.no)
        #expect(after.state.facts.demand == Sourced(.no, from: .owner))
    }

    @Test func afterTheVerdictPlainTextIsNotTakenAsAnAnswer() {
        let (done, _) = feed(coach, review + ["calm", "yes", "yes", "no", "no"] + stances + ["skip", "skip", "skip", "skip"])
        #expect(done.state.step == .done)
        let (after, events) = coach.step(done, "hello")
        #expect(after == done)
        #expect(events == [.commandsOnly])
    }

    @Test func aDraftIsCollectedThenChecked() {
        let (done, _) = feed(coach, review + ["calm", "yes", "yes", "no", "no"] + stances + ["skip", "skip", "skip", "skip"])
        let (after, events) = feed(coach, ["/draft", "Sorry about the soup.", "Please call us.", ""], from: done)
        #expect(after.state.step == .done)
        #expect(after.state.draftLines == ["Sorry about the soup.", "Please call us."])
        #expect(events.contains { if case .draftChecked = $0 { true } else { false } })
    }

    @Test func anOversizeReviewLineIsRefusedAndTheRestKept() {
        let big = String(repeating: "a", count: Limits().reviewBytes + 1)
        let (session, events) = feed(coach, ["Short start.", big])
        #expect(session.state.reviewLines == ["Short start."])
        #expect(events == [.reviewTooLong(limit: Limits().reviewBytes)])
    }

    @Test func aLongPasteOverTheLimitWarnsOnceAndCountsTheLinesLeftOut() {
        let line = String(repeating: "The soup was cold. ", count: 50)
        let lines = Array(repeating: line, count: 30)
        let (full, events) = feed(coach, lines)
        #expect(events == [.reviewTooLong(limit: Limits().reviewBytes)])
        let kept = full.state.reviewLines.count
        #expect(kept > 0 && kept < 30)
        let (after, end) = coach.step(full, "")
        #expect(after.state.step == .mood)
        #expect(after.state.linesLeftOut == 0)
        #expect(end.first == .linesLeftOut(count: 30 - kept))
    }

    @Test func aLongDraftOverTheLimitWarnsOnceAndCountsTheLinesLeftOut() {
        let (done, _) = feed(coach, review + ["calm", "yes", "yes", "no", "no"] + stances + ["skip", "skip", "skip", "skip"])
        let line = String(repeating: "Sorry about the soup. ", count: 50)
        let (full, events) = feed(coach, ["/draft"] + Array(repeating: line, count: 20), from: done)
        #expect(events.filter { $0 == .draftTooLong(limit: Limits().draftBytes) }.count == 1)
        let (_, end) = coach.step(full, "")
        #expect(end.first == .linesLeftOut(count: 20 - full.state.draftLines.count))
    }

    @Test func backToTheReviewSaysWhatIsKeptSoNewLinesDoNotSurprise() {
        let (session, _) = feed(coach, review)
        let (back, events) = coach.step(session, "/back")
        #expect(back.state.step == .review)
        #expect(events == [.wentBack(to: .review), .reviewSoFar("The soup was cold and we waited an hour."), .ask(.review, prefill: nil)])
    }

    @Test func draftBeforeTheVerdictSaysItComesAfterAndChangesNothing() {
        let (session, _) = feed(coach, review + ["calm"])
        let (after, events) = coach.step(session, "/draft")
        #expect(after == session)
        #expect(events == [.draftNotYet])
    }

    @Test func saveIsAnEffectForTheShell() {
        let (session, _) = feed(coach, review)
        #expect(coach.step(session, "/save out.md").1 == [.saveRequested(path: "out.md")])
        #expect(coach.step(Session(), "/save out.md").1 == [.nothingToSave])
    }

    @Test func explainModeSaysWhyBeforeEachQuestion() {
        let (session, events) = feed(coach, ["/explain on"] + review)
        #expect(session.state.explain)
        #expect(events.contains(.explainStep(.mood)))
    }

    @Test func everyValidPathReachesAVerdictWithinTwelveAnswers() {
        let moods = ["calm", "upset", "angry"]
        var paths = 0
        for mood in moods {
            for c in YesNoUnsure.allCases { for f in FaultAnswer.allCases {
                for d in YesNoUnsure.allCases { for a in YesNoUnsure.allCases {
                    var lines = review + [mood]
                    if mood == "angry" { lines.append("ready") }
                    lines += [c.rawValue, f.rawValue, d.rawValue, a.rawValue]
                    var (session, _) = feed(coach, lines)
                    var answers = lines.count - review.count
                    while session.state.step != .done && answers < 12 {
                        session = coach.step(session, "skip").0
                        answers += 1
                    }
                    #expect(session.state.step == .done, "stuck at \(session.state.step)")
                    paths += 1
                }}
            }}
        }
        #expect(paths == 324)
    }
}
