#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few environment variables the shell reads, looked up one by one with `getenv`:
/// building the whole environment as a dictionary costs more than everything else before
/// the first prompt together.
public enum Environment {
    /// Every variable the shell consults: colour, terminal type and width, where state lives.
    public static let names = ["NO_COLOR", "TERM", "COLUMNS", "XDG_STATE_HOME", "HOME"]

    /// The current values of `names` (unset ones are absent).
    public static func current() -> [String: String] {
        var values: [String: String] = [:]
        for name in names { values[name] = value(name) }
        return values
    }

    /// One variable's current value, or nil when it is unset.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
