import CoachCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The owner profile kept in the state folder (`profile.json`, 0600). Writing goes through one
/// function, `write`, so it can be pointed at another safe-write routine in one place.
public enum ProfileStore {
    /// The largest profile read: a name, a signature, a contact line and a few links.
    public static let maximumBytes = 64 * 1024

    /// Where the stored profile lives.
    public static func path(in folder: StateDirectory) -> String { folder.path + "/profile.json" }

    /// The stored profile; an empty one when there is none yet.
    public static func read(from folder: StateDirectory) throws -> OwnerProfile {
        let path = path(in: folder)
        guard access(path, F_OK) == 0 else { return OwnerProfile() }
        do {
            return try ProfileJSON.parse(try TextFile.read(path, limit: maximumBytes, what: "profile"))
        } catch let error as ProfileError {
            throw ShellError("\(path): \(error); fix it or change it with review-coach profile")
        }
    }

    /// Stores the profile, private to the owner.
    public static func save(_ profile: OwnerProfile, in folder: StateDirectory) throws {
        try folder.create(folder.path)
        try write(ProfileJSON.encode(profile) + "\n", to: path(in: folder))
    }

    /// The one place the profile is written: the safe-write routine (a new temporary file that
    /// follows no link, then a rename; a link at the target refused), 0600.
    static func write(_ text: String, to path: String) throws {
        try SafeFile.write(text, to: path, overwrite: true)
    }
}
