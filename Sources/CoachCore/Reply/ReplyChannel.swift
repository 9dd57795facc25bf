/// Where a demand or a complaint reached the owner. Raw values are the contract strings of
/// classify's `"channel"`.
public enum ReplyChannel: String, CaseIterable, Sendable, Codable {
    /// A review posted in public (the default).
    case publicReview = "public_review"
    /// A text, e-mail or WhatsApp message: there is nothing to answer in public.
    case privateMessage = "private_message"
    /// A public review and a private message.
    case both
}

/// Why no public reply should be posted. Raw values name the notice shown instead
/// (`reply.none.<reason>` in prompts/).
public enum WithheldReply: String, CaseIterable, Sendable, Equatable {
    /// A stranger's extortion attempt: do not engage at all.
    case extortionScam = "extortion_scam"
    /// The message came privately: nothing to answer in public.
    case privateMessage = "private_message"
    /// Spam: report it, do not answer it.
    case spam
}
