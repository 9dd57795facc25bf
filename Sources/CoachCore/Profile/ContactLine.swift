/// Checks the contact line a reply will carry: review platforms refuse (or hide) replies with
/// links in them, so a contact line may hold a phone number, an email address or words, never
/// a web address.
public enum ContactLine {
    /// The first web address in the text, if any: "https://...", "www....", or a bare domain
    /// such as "pizza-roma.com/offers" (an email address is not one).
    public static func link(in text: String) -> String? {
        for raw in text.split(whereSeparator: { $0.isWhitespace || "()<>\"',;".contains($0) }) {
            var word = Substring(raw)
            while let last = word.last, ".!?:".contains(last) { word.removeLast() }
            let lower = word.lowercased()
            if lower.contains("://") || lower.hasPrefix("www.") { return String(word) }
            if !lower.contains("@"), isDomain(lower) { return String(word) }
        }
        return nil
    }

    /// "name.tld" or "name.tld/path": labels of letters, digits and hyphens, the last one two
    /// or more letters.
    private static func isDomain(_ word: String) -> Bool {
        let host = word.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
