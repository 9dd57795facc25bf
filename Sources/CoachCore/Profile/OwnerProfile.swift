/// What the coach remembers about the business it talks to: its name, its industry, how the
/// owner signs, how customers reach them, and the business's listings. Every member is
/// optional. It is an input, like the review: the shell reads it from a file or the state folder.
public struct OwnerProfile: Sendable, Equatable {
    public var business: String?
    public var industry: Industry?
    /// How the owner signs replies ("Maria, owner").
    public var signature: String?
    /// How a customer reaches the owner directly ("call the shop and ask for Maria"); never a link.
    public var contact: String?
    /// The business's pages on review platforms (Google, Yelp, Tripadvisor, ...).
    public var listings: [String]

    public init(business: String? = nil, industry: Industry? = nil, signature: String? = nil,
                contact: String? = nil, listings: [String] = []) {
        self.business = business
        self.industry = industry
        self.signature = signature
        self.contact = contact
        self.listings = listings
    }

    /// Whether the profile says nothing at all.
    public var isEmpty: Bool { self == OwnerProfile() }

    /// The profile's answer to a reply detail, if it has one.
    public subscript(detail: ReplyDetail) -> String? {
        switch detail {
        case .contact: contact
        case .name: signature
        case .whatWentWrong, .whatWeDid: nil
        }
    }

    /// The profile's value of a member, as its words (an industry as its contract word).
    public subscript(member: ProfileMember) -> String? {
        switch member {
        case .business: business
        case .industry: industry?.rawValue
        }
    }

    /// Sets a member from the owner's words; false when the words are not a value it takes.
    public mutating func record(_ value: String?, for member: ProfileMember) -> Bool {
        switch member {
        case .business: business = value
        case .industry:
            guard let value else { industry = nil; return true }
            guard let kind = Industry(rawValue: value) else { return false }
            industry = kind
        }
        return true
    }

    /// This profile with the members of `other` that are set laid over it.
    public func updated(with other: OwnerProfile) -> OwnerProfile {
        OwnerProfile(business: other.business ?? business, industry: other.industry ?? industry,
                     signature: other.signature ?? signature, contact: other.contact ?? contact,
                     listings: other.listings.isEmpty ? listings : other.listings)
    }
}

/// The kinds of business the coach knows. Raw values are the contract words in the profile JSON.
public enum Industry: String, CaseIterable, Sendable {
    case restaurant, hotel, healthcare, trades, retail, online, professional, other
}

/// The members of the profile a session can learn by asking.
public enum ProfileMember: String, CaseIterable, Sendable {
    case business, industry
}
