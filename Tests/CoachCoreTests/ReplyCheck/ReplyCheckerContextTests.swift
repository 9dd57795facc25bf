import CoachCore
import Testing

/// The codes of issue 16 and the checks that read the reply's context.
@Suite struct ReplyCheckerContextTests {
    private func codes(_ reply: String, _ context: ReplyContext = ReplyContext()) -> Set<FindingCode> {
        Set(ReplyChecker.check(reply, context: context).map(\.code))
    }

    private let clinic = ReplyContext(industry: .healthcare)

    @Test func callingTheReviewerALiarIsAFalseAccusationOnly() {
        #expect(codes("You are a liar.") == [.falseAccusation])
    }

    @Test func namingACompetitorBehindTheReviewIsAFalseAccusation() {
        #expect(codes("We know exactly which competitor you work for.") == [.falseAccusation])
    }

    @Test func sayingThereIsNoRecordOfTheVisitIsFine() {
        #expect(codes("We have no record of this visit; please contact our manager so we can look into it.").isEmpty)
    }

    @Test func aDiagnosisAimedAtTheReviewerIsHostile() {
        #expect(codes("She is clearly a mentally ill raging alcoholic.") == [.hostileTone])
    }

    @Test func mockAdviceAboutTheReviewersLifeIsHostile() {
        #expect(codes("Maybe get a cat.") == [.hostileTone])
        #expect(codes("A few deep breaths before travelling might help next time.") == [.hostileTone])
    }

    @Test func sarcasmAboutMindReadingIsHostile() {
        #expect(codes("Sadly our staff can't read minds.") == [.hostileTone])
    }

    @Test func anInsultWordNotAimedAtTheReviewerIsFine() {
        #expect(codes("Sorry the clown arrived late to the party; we've refunded the entertainment fee.").isEmpty)
    }

    @Test func medicalDetailsArePrivateWithoutAnIndustry() {
        #expect(codes("The physiotherapy for your slipped disc was noted by our therapist.") == [.privateDetails])
    }

    @Test func aSalonAppointmentIsNotPrivate() {
        #expect(codes("We're sorry your appointment on Friday started late.", ReplyContext(industry: .restaurant)).isEmpty)
    }

    @Test func confirmingAPatientIsConfidentialForAClinic() {
        #expect(codes("Thank you for being our patient.", clinic) == [.confidentialRelationship])
    }

    /// The round-2 and round-3 labelled sets count a named treatment as both: it confirms the
    /// relationship and it discloses the person's health.
    @Test func aNamedTreatmentIsBothConfidentialAndPrivateForAClinic() {
        let reply = "Your appointment for a root canal went as planned; your insurance simply didn't cover the crown."
        #expect(Set(codes(reply, clinic)) == [.confidentialRelationship, .privateDetails])
    }

    @Test func aVisitWithoutATreatmentIsConfidentialOnlyForAClinic() {
        #expect(codes("Thank you for your visit last week.", clinic) == [.confidentialRelationship])
    }

    @Test func aClientFileIsConfidentialForAProfessionalFirm() {
        #expect(codes("We've reviewed your file and the late filing was our error.", ReplyContext(industry: .professional)) == [.confidentialRelationship])
    }

    @Test func theOwnersSignatureIsNotAPrivateDetail() {
        let reply = "We take every concern seriously; please call our office manager. Dr Sarah Lee, clinic director"
        #expect(codes(reply, clinic).isEmpty)
    }

    @Test func aTitledNameStandingAloneIsTheOwnersSignOff() {
        let reply = "We take every concern seriously; please call the practice and ask for the practice manager.\nDr Priya Shah"
        #expect(codes(reply, clinic).isEmpty)
    }

    @Test func aTitledFullNameInsideASentenceIsStillTheCustomers() {
        #expect(codes("We are sorry Mrs Jane Whitfield had to wait.").contains(.privateDetails))
    }

    @Test func aLinkBreaksTripadvisorsRule() {
        let findings = ReplyChecker.check("Our menu is at www.example.com/menu.", context: ReplyContext(platform: .tripadvisor))
        #expect(findings.map(\.code) == [.platformRule])
        #expect(findings.first?.platforms == [.tripadvisor])
    }

    @Test func aBusinessEmailAddressIsAContactLineNotALink() {
        #expect(codes("Please e-mail our manager at manager@example.com so we can help.").isEmpty)
    }

    @Test func aPromotionInAReplyNamesEveryPlatformWhoseRuleItBreaks() {
        let findings = ReplyChecker.check("Every guest who books directly gets 15% off with the code BRUNCH15.")
        #expect(findings.map(\.code) == [.platformRule])
        #expect(findings.first?.platforms.contains(.google) == true)
    }

    @Test func askingForAnEmployeesNameInTheReviewBreaksGooglesRule() {
        let findings = ReplyChecker.check("Please mention our barista Sarah by name in your next review.", context: ReplyContext(platform: .google))
        #expect(findings.map(\.code) == [.platformRule])
    }

    @Test func guessingWhoTheReviewerIsBreaksTripadvisorsRule() {
        #expect(codes("We believe you're the gentleman who dined by the window.", ReplyContext(platform: .tripadvisor)) == [.platformRule])
    }

    @Test func aPlatformWithoutTheRuleLetsItPass() {
        #expect(codes("We believe you're the gentleman who dined by the window.", ReplyContext(platform: .google)).isEmpty)
    }

    @Test func quotingAPrivateMessageBreaksTripadvisorsRule() {
        #expect(codes("In your email of 4 June you said the shower was too hot.", ReplyContext(platform: .tripadvisor)) == [.platformRule])
    }

    @Test func aPrizeDrawForAChangedReviewIsAnIncentive() {
        #expect(codes("If you'd be willing to change your review, we'll enter you into our monthly draw for a hamper.") == [.reviewIncentive])
    }

    @Test func anyPublicOfferToAThreatIsAnIncentive() {
        let reply = "We'd like to invite you back for a complimentary meal."
        #expect(codes(reply).isEmpty)
        #expect(codes(reply, ReplyContext(verdict: .threatBased)) == [.reviewIncentive])
    }

    @Test func redressAlreadyGivenNextToAThankYouIsNoIncentive() {
        #expect(codes("A refund has been issued. Thank you for updating your review.").isEmpty)
    }

    @Test func sorryYouFeelThatWayIsANonApology() {
        #expect(codes("We're sorry you feel that way.") == [.nonApology])
    }

    @Test func apologisingForAnyInconvenienceIsANonApology() {
        #expect(codes("We apologise for any inconvenience this may have caused.") == [.nonApology])
    }

    @Test func wavingAwayAnAdmittedFaultIsANonApology() {
        let reply = "Mistakes happen in any busy warehouse. A replacement has been dispatched."
        #expect(codes(reply, ReplyContext(ourFault: .yes)) == [.nonApology])
        #expect(codes(reply, ReplyContext(ourFault: .no)).isEmpty)
    }

    @Test func aCalmAccountOfOurOwnPolicyIsNotBlame() {
        let reply = "Our membership terms include a 30-day notice period, which is explained when you sign up."
        #expect(codes(reply).isEmpty)
    }
}
