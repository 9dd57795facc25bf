import CoachCore

/// The owner profile in the coach's words, one member a line, for `review-coach profile`.
public struct ProfileView {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    public func text(_ profile: OwnerProfile) -> String {
        guard !profile.isEmpty else { return catalog.text("profile.show.empty") + "\n" }
        var lines = [catalog.text("profile.show.header")]
        let members: [(String, String?)] = [
            ("business", profile.business),
            ("industry", profile.industry.map { catalog.text("industry.\($0.rawValue)") }),
            ("signature", profile.signature), ("contact", profile.contact),
        ]
        for (member, value) in members {
            guard let value else { continue }
            lines.append(catalog.text("profile.show.line", ["member": catalog.text("profile.member.\(member)"), "value": value]))
        }
        for link in profile.listings {
            lines.append(catalog.text("profile.show.line", ["member": catalog.text("profile.member.listing"), "value": link]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
