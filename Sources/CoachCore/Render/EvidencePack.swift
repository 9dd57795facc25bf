/// The evidence pack for a threat, in Markdown: what Google's merchant extortion report form
/// asks for (the business's listing, the review or message quoted, what was demanded, how and
/// when they got in touch) and the screenshots to attach. Part of the saved report for a
/// threat-based verdict. Every piece of text goes through `UntrustedText`.
public struct EvidencePack: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The pack on its own, for `/evidence FILE`: the section as a document, read from the
    /// session as it stands (the same assessment the chat shows).
    public func document(for state: InterviewState) -> String {
        markdown(for: Coach(catalog: catalog).assessment(for: state), state: state, heading: "#")
    }

    /// The pack's Markdown section (starting with its heading, `heading` deep).
    public func markdown(for assessment: Assessment, state: InterviewState, heading: String = "##") -> String {
        var out = heading + " " + text("evidence.title") + "\n\n" + text("evidence.intro") + "\n\n"
        let profile = state.knownProfile
        out += "- " + text("evidence.business", ["business": profile.business ?? catalog.text("evidence.unknown")]) + "\n"
        let listings = profile.listings.isEmpty ? [catalog.text("evidence.unknown")] : profile.listings
        for listing in listings { out += "- " + text("evidence.listing", ["link": listing]) + "\n" }
        out += "- " + text("evidence.review_link") + "\n"
        // How they got in touch, as the owner said (a blank to fill in when not asked).
        out += "- " + text("evidence.contact_channel", [
            "channel": state.channel.map { catalog.text("channel.name.\($0.rawValue)") } ?? catalog.text("evidence.unknown"),
        ]) + "\n\n"
        out += heading + "# " + text("evidence.message") + "\n\n" + UntrustedText.markdownFenced(state.review) + "\n\n"
        let demands = assessment.signals.filter { $0.kind == .demand }.map(\.text) + (assessment.subkind?.evidence.map(\.text) ?? [])
        if !demands.isEmpty {
            out += heading + "# " + text("evidence.demanded") + "\n\n"
            for demand in demands { out += "> " + UntrustedText.markdown(demand) + "\n>\n" }
            out.removeLast(2)
            out += "\n"
        }
        out += heading + "# " + text("evidence.screenshots") + "\n\n"
        for item in EvidencePack.screenshots { out += "- [ ] " + text("evidence.screenshot.\(item)") + "\n" }
        return out
    }

    /// The screenshots to attach, in order (prompt ids `evidence.screenshot.<item>`).
    public static let screenshots = ["reviews", "message", "sender", "rating"]

    /// Every prompt key the pack uses.
    public static var promptKeys: Set<String> {
        Set(["evidence.title", "evidence.intro", "evidence.business", "evidence.unknown", "evidence.listing",
             "evidence.review_link", "evidence.contact_channel", "evidence.message", "evidence.demanded",
             "evidence.screenshots"] + screenshots.map { "evidence.screenshot.\($0)" })
    }

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        UntrustedText.markdown(catalog.text(key, values))
    }
}
