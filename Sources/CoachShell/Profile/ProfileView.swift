import CoachCore

/// The owner profile in the coach's words, one member a line, for `review-coach profile`.
public struct ProfileView {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    public func text(_ profile: OwnerProfile) -> String {
        guard !profile.isEmpty else { return catalog.text("profile.show.empty") + "\n" }
        var lines = [catalog.text("profile.show.header")]
        for (member, value) in Self.members(profile) {
            guard let value else { continue }
            let shown = member == "industry" ? catalog.text("industry.\(value)") : value
            lines.append(catalog.text("profile.show.line", ["member": catalog.text("profile.member.\(member)"), "value": shown]))
        }
        for link in profile.listings {
            lines.append(catalog.text("profile.show.line", ["member": catalog.text("profile.member.listing"), "value": link]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The members `new` holds with another value than `old`, in the order they are shown: what
    /// keeping `new` adds or changes.
    public static func changedMembers(from old: OwnerProfile, to new: OwnerProfile) -> [String] {
        zip(members(old), members(new)).compactMap { was, now in now.1 != nil && now.1 != was.1 ? now.0 : nil }
            + (new.listings != old.listings && !new.listings.isEmpty ? ["listing"] : [])
    }

    /// The profile's single-valued members by their prompt names, an industry as its contract word.
    private static func members(_ profile: OwnerProfile) -> [(String, String?)] {
        [("business", profile.business), ("industry", profile.industry?.rawValue),
         ("signature", profile.signature), ("contact", profile.contact)]
    }
}
