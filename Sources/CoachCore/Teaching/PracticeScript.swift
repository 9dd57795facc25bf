extension Step {
    /// Practice: naming the kind of review of the case shown.
    public static let practiceVerdict = Step("practice_verdict")
    /// Practice: drafting the public reply, line by line until an empty line, or "skip".
    public static let practiceDraft = Step("practice_draft")
}

extension Script {
    /// Practice, on the same table as the interview: name the kind of review, draft the reply,
    /// and on to the next case. `/why`, `/help`, `/back` and `/quit` work at both steps.
    public static let practice = Script([
        .init(.practiceVerdict, accepts: .choice(.verdict), stores: .answer, question: TeachingKey.practiceAskVerdict.rawValue,
              edges: [.init(.always, to: .following), .init(.command(.quit), to: .end)]),
        .init(.practiceDraft, accepts: .lines, stores: .draft, question: TeachingKey.practiceAskDraft.rawValue,
              edges: [.init(.always, to: .step(.practiceVerdict)), .init(.command(.quit), to: .end)]),
    ])
}
