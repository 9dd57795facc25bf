import ArgumentParser
import CoachCore

/// The context flags of `lint-reply` (`--verdict`, `--our-fault`, `--industry`, `--platform`)
/// read into a `ReplyContext`, with an error naming the allowed values for a bad one.
struct LintContextOptions {
    var verdict: String?
    var ourFault: String?
    var industry: String?
    var platform: String?

    /// The context, or a usage error for the first value that is not allowed.
    func context(review: String?) throws -> ReplyContext {
        ReplyContext(
            verdict: try Self.parse(verdict, flag: "--verdict"),
            ourFault: try Self.parse(ourFault, flag: "--our-fault"),
            industry: try Self.parse(industry, flag: "--industry"),
            platform: try Self.parse(platform, flag: "--platform"),
            review: review)
    }

    /// The allowed values of an option, as help and errors list them.
    static func names<T: CaseIterable & RawRepresentable>(_: T.Type) -> String where T.RawValue == String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }

    private static func parse<T: CaseIterable & RawRepresentable>(_ value: String?, flag: String) throws -> T? where T.RawValue == String {
        guard let value else { return nil }
        if let found = T(rawValue: value.lowercased()) { return found }
        throw ValidationError("\(flag) \"\(value)\" is not one of: \(names(T.self)).")
    }
}
