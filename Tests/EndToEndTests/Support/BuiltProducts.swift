import Foundation

/// Finds executables built by `swift build` next to the test bundle.
///
/// On Linux the tests run as `.build/<config>/<Package>PackageTests.xctest`, an executable whose
/// directory also holds the built products; on macOS the `.xctest` bundle sits in that same
/// directory. `EXECUTABLE_DIR` in the environment overrides both.
enum BuiltProducts {
    /// The directory holding the built executables.
    static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["EXECUTABLE_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("EditLineProbe").path) }
            ?? candidates[0]
    }

    /// The path of the built executable `name`, e.g. "EditLineProbe" or "review-coach".
    static func path(of name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}
