import CoachCore
import Testing

/// The reply composed from the review's claims: it answers each claim for its category and the
/// owner's stance, concedes nothing the owner disputes, confirms no patient or client, never
/// turns a skip into an admission, posts nothing for a scam or a private message, and every
/// version passes the reply checker.
@Suite struct ClaimReplyTests {
    static let catalog = shippedCatalog()

    static func assess(
        _ review: String, owner: OwnerFacts = OwnerFacts(customerFound: .yes, demand: .no, abusive: .no),
        details: ReplyDetails = ReplyDetails(), industry: Industry? = nil,
        answers: ClaimAnswers = .fromOwnerFault(note: nil), channel: ReplyChannel = .publicReview
    ) -> Assessment {
        Assessment(signals: SignalDetector.detect(in: review), owner: owner, details: details, catalog: catalog,
                   industry: industry, review: review, answers: answers, channel: channel)
    }

    static let bedbugs = "We found bedbugs in the bed and a rat in the hallway. Never again."

    @Test func eachClaimIsAnsweredBySentenceWrittenForItsCategoryAndStance() {
        for (category, sentence) in ClaimFinderTests.rows {
            for stance in [ClaimStance.true, .false, .unknown] {
                let a = Self.assess(sentence, answers: .given([category.rawValue: ClaimAnswer(stance: stance)]))
                let expected = Self.catalog.text("claim.\(category.rawValue).\(stance.rawValue)")
                #expect(a.composed.full.contains(expected), "\(category) \(stance): \(a.composed.full)")
            }
        }
    }

    @Test func skippingWhatWeDidNeverInsertsAnAdmission() {
        var owner = OwnerFacts(customerFound: .yes, ourFault: .unsure, demand: .no, abusive: .no)
        for fault in [FaultAnswer.unsure, .no] {
            owner.ourFault = fault
            let reply = Self.assess(Self.bedbugs, owner: owner, details: ReplyDetails([.whatWeDid: ""])).composed.full
            for admission in ["so that it doesn't happen again", "We are looking into what happened", "I'm sorry: pests",
                              "got this wrong", "You're right", "should never have happened"] {
                #expect(!reply.contains(admission), "\(fault): \(reply)")
            }
        }
    }

    @Test func aSkippedDetailAddsNoSentence() {
        // On a claim the owner owns: only then is what was done said at all.
        let owner = OwnerFacts(customerFound: .yes, ourFault: .yes, demand: .no, abusive: .no)
        let given = Self.assess("The soup was cold.", owner: owner, details: ReplyDetails([.whatWeDid: "we now check every bowl"])).composed.full
        let skipped = Self.assess("The soup was cold.", owner: owner).composed.full
        #expect(given.split(separator: "\n").count == skipped.split(separator: "\n").count + 1)
    }

    @Test func partlyNeverConcedesTheWholeClaim() {
        for (category, sentence) in ClaimFinderTests.rows {
            let owner = OwnerFacts(customerFound: .yes, ourFault: .partly, demand: .no, abusive: .no)
            for answers in [ClaimAnswers.fromOwnerFault(note: nil), .given([category.rawValue: ClaimAnswer(stance: .partly)])] {
                let a = Self.assess(sentence, owner: owner, answers: answers)
                for text in [a.composed.full, a.composed.short] {
                    #expect(!text.contains(Self.catalog.text("claim.\(category.rawValue).true")), "\(category): \(text)")
                    #expect(!text.contains("You're right") && !text.contains("got this wrong"), "\(category): \(text)")
                    #expect(text.contains("I'm sorry for that part"), "\(category): \(text)")
                }
            }
        }
    }

    @Test(arguments: [Industry.healthcare, .professional])
    func noComposedReplyConfirmsAPatientOrClient(_ industry: Industry) {
        for (category, sentence) in ClaimFinderTests.rows {
            for stance in ClaimStance.allCases {
                for owner in Self.owners {
                    let answers = ClaimAnswers.given([category.rawValue: ClaimAnswer(stance: stance, note: "she came in on Tuesday")])
                    let reply = Self.assess(sentence, owner: owner, industry: industry, answers: answers).composed.full.lowercased()
                    for confirming in ["your visit", "your treatment", "your appointment", "your care", "no record", "you're right",
                                       "tuesday", "when you came", "your account", "your case", "your file"] {
                        #expect(!reply.contains(confirming), "\(industry) \(category) \(stance): \(reply)")
                    }
                    #expect(reply.contains(industry == .healthcare ? "privacy" : "confidentiality"), "\(reply)")
                }
            }
        }
    }

    @Test func anExtortionScamGetsNoPublicReplyAndTheReportRoutes() {
        let a = Self.assess("Your restaurant got five 1-star reviews. Send $200 in gift cards to this WhatsApp number and we remove them.",
                            owner: OwnerFacts())
        #expect(a.subkind?.kind == .extortionScam)
        #expect(a.composed.withheld == .extortionScam)
        #expect(a.composed.full.isEmpty && a.composed.short.isEmpty)
        for offer in ["put it right", "contact us", "refund", "look into"] { #expect(!a.reply.contains(offer), "\(a.reply)") }
        #expect(a.nextSteps.contains(.reportExtortionForms) && a.nextSteps.contains(.doNotReplyOrPay) && a.nextSteps.contains(.reportFraud))
        #expect(!a.nextSteps.contains(.normalChannel))
    }

    @Test func aDemandByPrivateMessageGetsNoPublicReply() {
        let a = Self.assess("Refund my dinner or I will post a one-star review everywhere.", owner: OwnerFacts(), channel: .privateMessage)
        #expect(a.composed.withheld == .privateMessage)
        #expect(a.nextSteps.first == .noPublicReply)
    }

    @Test func threatRepliesToDifferentReviewsAreNotAllTheSame() {
        let reviews = [
            "Refund my dinner or I will post a one-star review everywhere.",
            "Give me a free night and I will change my rating to five stars.",
            "Take 20% off my bill or this review stays up.",
            "Comp my meal and I will delete this review.",
            "Send me a voucher and the review comes down.",
            "Refund the deposit or I leave one star on every site.",
        ]
        let replies = reviews.map { Self.assess($0, owner: OwnerFacts(customerFound: .yes, ourFault: .no, demand: .yes)).composed.full }
        #expect(Set(replies).count >= 3, "\(replies)")
    }

    @Test func theSameReviewAlwaysGetsTheSameWording() {
        #expect(Self.assess(Self.bedbugs).composed == Self.assess(Self.bedbugs).composed)
    }

    @Test func trollRepliesDifferBySubkind() {
        let reviews = [
            "I have never been to this place and never will, the owner is a crook.",
            "Former employee here: management steals tips.",
            "Boycott them, the owner posted about the election.",
        ]
        let replies = reviews.map { Self.assess($0, owner: OwnerFacts(customerFound: .no, ourFault: .no, demand: .no)) }
        #expect(replies.allSatisfy { $0.verdict == .troll })
        #expect(Set(replies.map(\.composed.full)).count == replies.count, "\(replies.map(\.composed.full))")
    }

    @Test func theOwnersNoteIsUsedOnlyWhenTheCheckerPassesIt() {
        let clean = Self.assess("We waited an hour.", answers: .given(["wait_time": ClaimAnswer(stance: .false, note: "the kitchen log shows your mains went out at 8:10")]))
        #expect(clean.composed.full.contains("The kitchen log shows your mains went out at 8:10."))
        let hostile = Self.assess("We waited an hour.", answers: .given(["wait_time": ClaimAnswer(stance: .false, note: "you are a liar and we will sue you")]))
        #expect(!hostile.composed.full.contains("liar"))
        #expect(hostile.replyFindings.isEmpty)
    }

    @Test func aNoteWithFindingsIsShownWithThemAndLeftOut() {
        var state = InterviewState()
        state.reviewLines = ["We waited an hour for a cold pizza."]
        state.signals = SignalDetector.detect(in: state.review)
        state.owner = OwnerFacts(customerFound: .yes, ourFault: .no, demand: .no, abusive: .no)
        state.notes[.ourFault] = "you are lying and we will sue you"
        let assessment = shippedCoach().assessment(for: state)
        #expect(!assessment.reply.contains("lying") && assessment.replyFindings.isEmpty)
        #expect(assessment.composed.heldBack.count == 1)
        let shown = EventRenderer(catalog: Self.catalog).render(assessment).map(\.text).joined(separator: "\n")
        #expect(shown.contains("you are lying and we will sue you"), "\(shown)")
        #expect(shown.contains(Self.catalog.text("lint.label.legal_threat")), "\(shown)")
    }

    @Test func noReplyCopiesMoreThanSixWordsOfTheReview() {
        for (_, sentence) in ClaimFinderTests.rows {
            for stance in ClaimStance.allCases {
                let a = Self.assess(sentence, answers: .given(["c1": ClaimAnswer(stance: stance)]))
                let review = Self.words(sentence), reply = Self.words(a.composed.full)
                guard review.count > 6 else { continue }
                for k in 0...(review.count - 7) {
                    let run = review[k..<(k + 7)].joined(separator: " ")
                    #expect(!reply.joined(separator: " ").contains(run), "\(run) copied into \(a.composed.full)")
                }
            }
        }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Owners whose answers reach every verdict and sub-kind path the reply has (kept few: the
    /// property runs over every category, stance, industry and detail set).
    static let owners: [OwnerFacts] = [
        OwnerFacts(customerFound: .yes, ourFault: .yes, demand: .no, abusive: .no),
        OwnerFacts(customerFound: .yes, ourFault: .partly, demand: .no, abusive: .yes),
        OwnerFacts(customerFound: .yes, ourFault: .no, demand: .no, abusive: .no),
        OwnerFacts(customerFound: .unsure, ourFault: .unsure, demand: .unsure, abusive: .unsure),
        OwnerFacts(customerFound: .yes, ourFault: .partly, demand: .yes, abusive: .no),
        OwnerFacts(customerFound: .no, ourFault: .no, demand: .no, abusive: .yes),
    ]

    @Test(arguments: [nil, Industry.healthcare, .professional, .restaurant])
    func everyComposedReplyIsClean(_ industry: Industry?) {
        let detailSets = [ComposedReplyTests.detailSets[0], ComposedReplyTests.detailSets[2]]
        for (_, sentence) in ClaimFinderTests.rows {
            let review = sentence + " " + Self.bedbugs
            for stance in ClaimStance.allCases {
                for owner in Self.owners {
                    for details in detailSets {
                        let answers = ClaimAnswers.given(["c1": ClaimAnswer(stance: stance, note: "the table was ready at 8"),
                                                          "c2": ClaimAnswer(stance: stance), "c3": ClaimAnswer(stance: .true)])
                        let assessment = Self.assess(review, owner: owner, details: details, industry: industry, answers: answers)
                        #expect(ReplyChecker.check(assessment.composed.full).isEmpty, "\(assessment.composed.full)")
                        #expect(ReplyChecker.check(assessment.composed.short).isEmpty, "\(assessment.composed.short)")
                    }
                }
            }
        }
    }
}
