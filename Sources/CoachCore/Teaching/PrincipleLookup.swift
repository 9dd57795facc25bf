extension Principle {
    /// The principle a trainee or trainer names: its id in any case ("P7", "p7"), its number
    /// ("7"), or its short name ("no-review-incentives"). `nil` for anything else.
    public init?(naming raw: String) {
        let word = raw.trimmingWhitespace().lowercased()
        if let found = Principle.allCases.first(where: { $0.rawValue.lowercased() == word || $0.slug == word }) {
            self = found
        } else if let number = Int(word), let found = Principle.allCases.first(where: { $0.number == number }) {
            self = found
        } else {
            return nil
        }
    }
}
