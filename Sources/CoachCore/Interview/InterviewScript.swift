extension Script {
    /// The interview: the review, the owner's mood, the four facts, for a threat where the demand
    /// came, the owner's stance on each main claim, the details the verdict's reply needs, then
    /// the verdict and the owner's own draft. Adding a question is one entry
    /// here plus its wording in prompts/interview.txt.
    public static let interview = Script([
        .init(.review, accepts: .lines, stores: .review),
        .init(.mood, accepts: .choice(.mood), stores: .mood, edges: [
            .init(.mood(.angry), to: .step(.paused)), .init(.always, to: .step(.customerFound)),
        ]),
        .init(.paused, accepts: .choice(.ready)),
        .init(.customerFound, accepts: .choice(.yesNoUnsure), stores: .fact(.customerFound),
              prefill: .init(Set(SignalKind.impliesNoCustomer), suggest: "no")),
        .init(.ourFault, accepts: .choice(.fault), stores: .fact(.ourFault)),
        .init(.demand, accepts: .choice(.yesNoUnsure), stores: .fact(.demand), prefill: .init([.demand], suggest: "yes")),
        .init(.abusive, accepts: .choice(.yesNoUnsure), stores: .fact(.abusive), prefill: .init([.abusive], suggest: "yes"),
              edges: [
                .init(.verdict(.genuineGrievance), to: .step(.claim(1))),
                .init(.verdict(.threatBased), to: .step(.channel)),
                .init(.verdict(.troll), to: .step(.business)),
              ]),
        .init(.channel, accepts: .choice(.channel), stores: .channel),
    ] + claimStances + [
        .init(.whatWentWrong, accepts: .freeText, stores: .detail(.whatWentWrong)),
        .init(.whatWeDid, accepts: .freeText, stores: .detail(.whatWeDid), asked: .ownerOwnsPart),
        .init(.business, accepts: .freeText, stores: .profile(.business), profile: .learns),
        .init(.industry, accepts: .choice(.industry), stores: .profile(.industry), profile: .learns),
        .init(.contact, accepts: .freeText, stores: .detail(.contact), profile: .answers, check: .noLink, asked: .replyPosted),
        .init(.name, accepts: .freeText, stores: .detail(.name), profile: .answers, asked: .replyPosted),
        .init(.done, accepts: .commandsOnly, arrival: .verdict, edges: [
            .init(.command(.draft), to: .step(.draft)), .init(.command(.quit), to: .end),
        ]),
        .init(.draft, accepts: .lines, stores: .draft, edges: [.init(.always, to: .step(.done))]),
    ])

    /// The owner's stance on each main claim, most serious first (each asked only when the review
    /// makes it and the reply answers claims); then the details of the verdict's reply.
    static let claimStances: [ScriptEntry] = (1...ReplyComposer.maxClaims).map { number in
        .init(.claim(number), accepts: .choice(.stance), stores: .claim(number - 1), question: "ask.claim", why: .shared("why.claim"),
              asked: .claimAt(number - 1),
              edges: number < ReplyComposer.maxClaims ? [.init(.always, to: .following)] : [
                .init(.verdict(.genuineGrievance), to: .step(.whatWentWrong)),
                .init(.always, to: .step(.business)),
              ])
    }
}
