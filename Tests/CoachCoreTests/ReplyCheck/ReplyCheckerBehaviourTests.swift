import CoachCore
import Testing

/// Single behaviours of the checker, one per test.
@Suite struct ReplyCheckerBehaviourTests {
    private func codes(_ reply: String) -> Set<FindingCode> { Set(ReplyChecker.check(reply).map(\.code)) }

    @Test func findingsComeInOrderOfAppearance() {
        let findings = ReplyChecker.check("You should have booked ahead. Our lawyers will be in touch.")
        #expect(findings.map(\.code) == [.blamesCustomer, .legalThreat])
    }

    @Test func findingTextIsTheSentenceWithTheMistake() {
        let findings = ReplyChecker.check("Thanks for visiting. Our lawyers will be in touch. Have a nice day.")
        #expect(findings == [Finding(code: .legalThreat, text: "Our lawyers will be in touch.")])
    }

    @Test func incentiveAcrossTwoSentencesQuotesBoth() {
        let reply = "We'd like to give you a voucher. In return, please remove the review."
        #expect(ReplyChecker.check(reply) == [Finding(code: .reviewIncentive, text: reply)])
    }

    @Test func emptyAndBlankRepliesHaveNoFindings() {
        #expect(ReplyChecker.check("").isEmpty)
        #expect(ReplyChecker.check("   \n\t ").isEmpty)
    }

    @Test func curlyApostrophesAreReadLikeStraightOnes() {
        #expect(codes("You should’ve read the menu.") == [.blamesCustomer])
        #expect(codes("You didn’t follow the instructions.") == [.blamesCustomer])
    }

    @Test func mixedCaseCuesAreFound() {
        #expect(codes("Our LaWyErS will contact you.").contains(.legalThreat))
    }

    @Test func redressWithoutAReviewConditionIsNotAnIncentive() {
        #expect(codes("We've refunded the double charge and apologise for the trouble.").isEmpty)
    }

    @Test func refusingToPayForAReviewIsNotAnIncentive() {
        #expect(codes("We don't give discounts in exchange for changing reviews.").isEmpty)
    }

    @Test func butWithoutAnApologyIsNotDeflecting() {
        #expect(codes("We couldn't find your booking, but we'd like to help.").isEmpty)
    }

    @Test func butThatLeadsToAFixIsNotDeflecting() {
        #expect(codes("I'm sorry, but I promise we'll make it right.").isEmpty)
    }

    @Test func butThatRefusesAnExcuseIsNotDeflecting() {
        #expect(codes("I'm sorry for the wait, but that is no excuse and we have fixed the rota.").isEmpty)
    }

    @Test func twoExcusesAreNotOverExplaining() {
        #expect(!codes("We were busy and short-staffed that night. We have hired more staff.").contains(.overExplaining))
    }

    @Test func threeExcuseClausesAreOverExplaining() {
        #expect(codes("We were busy, the supplier was late, and the new system crashed.").contains(.overExplaining))
    }

    @Test func theBusinessPhoneNumberIsNotPrivate() {
        #expect(codes("Please call us on 555-0199 and ask for me.").isEmpty)
    }

    @Test func theCustomersPhoneNumberIsPrivate() {
        #expect(codes("We tried your number, 555-0199, twice.") == [.privateDetails])
    }

    @Test func aDateIsNotAPhoneNumber() {
        #expect(codes("We called you back on 2024-10-21 and left a message.").isEmpty)
    }

    @Test func aSingleAcronymInCapitalsIsNotShouting() {
        #expect(codes("Thanks for coming to our BBQ evening; I'm sorry the burgers were cold.").isEmpty)
    }

    @Test func twoWordsInCapitalsAreShouting() {
        #expect(codes("That is SIMPLY FALSE.") == [.hostileTone])
    }

    @Test func oneExclamationMarkIsNotHostile() {
        #expect(codes("We'd love to see you again!").isEmpty)
    }

    @Test func aStaffMemberNamedKarenIsNotAnInsult() {
        #expect(codes("Karen, our manager, will call you tomorrow.").isEmpty)
    }

    @Test func aNegatedLegalWordIsNotAThreat() {
        #expect(codes("We would never take legal action over an honest review.").isEmpty)
    }

    @Test func wontRuleOutLegalActionIsAThreat() {
        #expect(codes("We will not rule out legal action.") == [.legalThreat])
    }
}
