import CoachCore
import PropertyBased
import Testing

/// The interview driven by random sequences of answers, garbage and slash commands.
@Suite struct StateMachinePropertyTests {
    static let coach = shippedCoach()
    static let words = [
        "yes", "no", "unsure", "partly", "calm", "upset", "angry", "ready", "skip", "", " ", "y", "n",
        "/back", "/restart", "/help", "/why", "/summary", "/draft", "/save", "/explain", "/frob", "/",
        "garbage", "Refund me or I'll post this everywhere.", "never been there", "🙂 é ü", "\u{0}",
        "\u{1B}[31m", String(repeating: "x", count: 400),
    ]
    static let inputs = Gen.element(of: words).compactMap { $0 }.array(of: 0...60)

    /// A valid answer at each step, read from its entry (what a run of valid answers types):
    /// the first word of a choice, "skip" for a detail, the end of a text.
    static func validAnswer(at step: Step) -> String {
        switch Script.interview.entry(step).accepts {
        case .choice(let choices): choices.words[0]
        case .freeText: "skip"
        case .lines: step == Script.interview.start ? "The food was cold." : ""
        case .commandsOnly: "/quit"
        }
    }

    @Test func randomInputNeverLeavesAStepWithNoWayForward() async {
        await propertyCheck(input: Self.inputs) { lines in
            var session = Session()
            for line in lines {
                session = Self.coach.step(session, line).0
                #expect(!Script.interview.entry(session.state.step).edges.isEmpty)
            }
        }
    }

    @Test func backAfterAnyAdvancingInputRestoresTheExactPreviousState() async {
        await propertyCheck(input: Self.inputs) { lines in
            var session = Session()
            for line in lines {
                let (next, _) = Self.coach.step(session, line)
                if next.undo.count == session.undo.count + 1 {
                    let (back, _) = Self.coach.step(next, "/back")
                    var expected = session.state
                    expected.explain = next.state.explain
                    #expect(back.state == expected, "after \(line.debugDescription)")
                    #expect(back.undo == session.undo)
                }
                session = next
            }
        }
    }

    @Test func validAnswersFromAnyReachedStateGiveAVerdictWithinTwelveSteps() async {
        await propertyCheck(input: Self.inputs) { lines in
            var session = Session()
            for line in lines { session = Self.coach.step(session, line).0 }
            if session.state.step == .draft { session = Self.coach.step(session, "").0 }
            var steps = 0
            if session.state.step == .review && session.state.reviewLines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                session = Self.coach.step(session, Self.validAnswer(at: .review)).0
            }
            while session.state.step != .done && steps < 12 {
                let answer = session.state.step == .review ? "" : Self.validAnswer(at: session.state.step)
                session = Self.coach.step(session, answer).0
                steps += 1
            }
            #expect(session.state.step == .done, "stuck at \(session.state.step) after \(steps) valid answers")
        }
    }

    @Test func theSameInputAlwaysGivesTheSameSessionAndEvents() async {
        await propertyCheck(input: Self.inputs) { lines in
            var first = Session(), second = Session()
            for line in lines {
                let a = Self.coach.step(first, line), b = Self.coach.step(second, line)
                #expect(a.0 == b.0 && a.1 == b.1)
                first = a.0
                second = b.0
            }
        }
    }
}
