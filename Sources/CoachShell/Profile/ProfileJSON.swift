import CoachCore

/// The owner profile as JSON, one shape everywhere (a `--profile` file, the stored profile,
/// classify's `"profile"` member): `{"business", "industry", "signature", "contact",
/// "listings": [...]}`, every member optional.
public enum ProfileJSON {
    /// Reads a profile from JSON text; the error says what to change.
    public static func parse(_ text: String) throws(ProfileError) -> OwnerProfile {
        let value: JSONValue
        do {
            value = try JSONLineParser.parse(text)
        } catch {
            throw ProfileError("the profile is not valid JSON (\(error)); write one object such as {\"signature\": \"Maria, owner\"}")
        }
        return try parse(value)
    }

    /// Reads a profile from a parsed JSON value.
    public static func parse(_ value: JSONValue) throws(ProfileError) -> OwnerProfile {
        guard case .object(let members) = value else {
            throw ProfileError("the profile is \(value.kindDescription), not a JSON object such as {\"signature\": \"Maria, owner\"}")
        }
        var profile = OwnerProfile()
        for (key, member) in members {
            switch key {
            case "business": profile.business = try text(member, key)
            case "signature": profile.signature = try text(member, key)
            case "contact": profile.contact = try contact(text(member, key))
            case "industry": profile.industry = try industry(text(member, key))
            case "listings": profile.listings = try listings(member)
            default:
                throw ProfileError("the profile has no member \"\(key)\"; its members are business, industry, signature, contact and listings")
            }
        }
        return profile
    }

    /// The profile as one line of JSON, members in a fixed order, unset ones left out.
    public static func encode(_ profile: OwnerProfile) -> String {
        var json = JSONWriter()
        json.beginObject()
        for (key, value) in [("business", profile.business), ("industry", profile.industry?.rawValue),
                             ("signature", profile.signature), ("contact", profile.contact)] {
            guard let value else { continue }
            json.key(key)
            json.string(value)
        }
        if !profile.listings.isEmpty {
            json.key("listings")
            json.strings(profile.listings)
        }
        json.endObject()
        return json.text
    }

    /// A checked industry word.
    public static func industry(_ word: String?) throws(ProfileError) -> Industry? {
        guard let word else { return nil }
        guard let industry = Industry(rawValue: word) else {
            let known = Industry.allCases.map(\.rawValue).joined(separator: ", ")
            throw ProfileError("the industry cannot be \"\(word)\"; use one of \(known)")
        }
        return industry
    }

    /// A checked contact line: no web address, which platforms refuse in a reply.
    public static func contact(_ line: String?) throws(ProfileError) -> String? {
        guard let line else { return nil }
        if let link = ContactLine.link(in: line) {
            throw ProfileError("the contact line holds a web address (\(link)), which review platforms refuse in a reply; give a phone number, an email address or words such as \"call the shop and ask for Maria\"")
        }
        return line
    }

    private static func text(_ value: JSONValue, _ key: String) throws(ProfileError) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text.allSatisfy(\.isWhitespace) ? nil : text
        default: throw ProfileError("the profile's \"\(key)\" must be a string, but it is \(value.kindDescription)")
        }
    }

    private static func listings(_ value: JSONValue) throws(ProfileError) -> [String] {
        guard case .array(let items) = value else {
            if case .null = value { return [] }
            throw ProfileError("the profile's \"listings\" must be an array of links, but it is \(value.kindDescription)")
        }
        var links: [String] = []
        for item in items {
            guard case .string(let link) = item else {
                throw ProfileError("each of the profile's \"listings\" must be a string (a link), but one is \(item.kindDescription)")
            }
            links.append(try listing(link))
        }
        return links
    }

    /// A checked listing: one web address and nothing else ("https://g.page/pizza-roma",
    /// "yelp.com/biz/pizza-roma"), since the evidence pack and the next steps link to it.
    public static func listing(_ link: String) throws(ProfileError) -> String {
        let trimmed = String(link.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty, ContactLine.link(in: trimmed) == trimmed else {
            throw ProfileError("a listing must be the web address of your page on a review site, such as https://www.yelp.com/biz/pizza-roma, but \"\(link)\" is not one")
        }
        return trimmed
    }

    /// A checked free-text member given on the command line: an empty one is a mistake, not a way to forget it.
    public static func nonEmpty(_ text: String?, option: String) throws(ProfileError) -> String? {
        guard let text else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw ProfileError("--\(option) cannot be empty; give the words to keep, or run \"review-coach profile --clear\" to start the profile over")
        }
        return text
    }
}

/// Why a profile could not be read or changed, in words a person can act on.
public struct ProfileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
