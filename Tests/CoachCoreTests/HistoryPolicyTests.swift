import CoachCore
import Testing

/// What may go into the line history: commands and bare choices, never the owner's own words.
@Suite struct HistoryPolicyTests {
    @Test(arguments: ["/why", "yes", "Partly", "t", "genuine"])
    func commandsAndBareChoicesAreKept(_ line: String) {
        let kind: AnswerKind = line == "t" || line == "genuine" ? .choice(.verdict) : .choice(.fault)
        #expect(kind.keepsInHistory(line))
    }

    @Test func aChoiceWithTheOwnersNoteIsNotKept() {
        #expect(!AnswerKind.choice(.yesNoUnsure).keepsInHistory("yes, they came in but never booked"))
    }

    @Test func aLineThatIsNotAChoiceIsNotKept() {
        #expect(!AnswerKind.choice(.verdict).keepsInHistory("clear"))
    }

    @Test func freeTextIsNeverKept() {
        #expect(!AnswerKind.freeText.keepsInHistory("call me on 555 0100"))
    }
}
