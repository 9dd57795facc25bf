extension Script {
    /// Practice as a quiz: name the kind of review, graded at once, and on to the next case.
    public static let practiceQuiz = Script([
        .init(.practiceVerdict, accepts: .choice(.verdict), stores: .answer, question: TeachingKey.practiceAskVerdict.rawValue,
              edges: [.init(.always, to: .step(.practiceVerdict)), .init(.command(.quit), to: .end)]),
    ])

    /// Practice on replies only: the kind of review is given, the trainee drafts the reply, and
    /// on to the next case.
    public static let practiceReply = Script([
        .init(.practiceDraft, accepts: .lines, stores: .draft, question: TeachingKey.practiceAskDraft.rawValue,
              edges: [.init(.always, to: .step(.practiceDraft)), .init(.command(.quit), to: .end)]),
    ])
}
