import CoachCore
import CoachPrompts
import CoachShell
import Foundation

/// The JSON practice reports in `Tests/CoachShellTests/Fixtures/class`, written by the built
/// coach: Alex (all right, good replies), Sam ("sorry, but"), Kim Lee (defensive), all on seed
/// 7; Other on seed 8; and broken ones.
enum ClassFixtures {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/class/\(name)").path
    }

    static var trio: [String] { ["alex.json", "sam.json", "kim.json"].map(path) }

    static func catalog() throws -> PromptCatalog { try PromptCatalog(files: EmbeddedPrompts.files) }

    static func page(anonymise: Bool = false) throws -> String {
        ClassReport(catalog: try catalog(), records: try ClassReportFiles.load(trio), anonymise: anonymise).markdown()
    }

    /// The error text `load` throws for these files.
    static func error(loading paths: [String]) -> String {
        do {
            _ = try ClassReportFiles.load(paths)
            return ""
        } catch {
            return "\(error)"
        }
    }
}
