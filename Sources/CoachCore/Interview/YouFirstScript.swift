extension Step {
    /// `--you-first`: the owner's own draft, asked before the coach shows its reply.
    public static let yourDraft = Step("your_draft")
}

extension Script {
    /// The interview with `--you-first`: after the details, the owner writes their own reply
    /// before seeing the coach's; it is checked and graded, then the verdict and the coach's
    /// reply follow. One entry more in the table; nothing else changes.
    public static let interviewYouFirst = Script.interview.inserting(
        .init(.yourDraft, accepts: .lines, stores: .draft, named: true, edges: [.init(.always, to: .following)]),
        after: .name)
}
