import CoachCore

/// Reads a profile given with `--profile FILE`, with errors that name the file.
public enum ProfileFile {
    public static func read(_ path: String) throws -> OwnerProfile {
        do {
            return try ProfileJSON.parse(try TextFile.read(path, limit: ProfileStore.maximumBytes, what: "profile"))
        } catch let error as ProfileError {
            throw ShellError("--profile \(path): \(error)")
        }
    }
}
