import Foundation
import Testing

/// `review-coach profile` through the built binary: what it says, wrapped like everything else.
@Suite struct ProfileCommandEndToEndTests {
    @Test func clearingTheProfileSaysSo() throws {
        let folder = try ChatFilesEndToEndTests.Folder()
        _ = try RunBinary.run(["profile", "--signature", "Sam"], input: "", environment: folder.environment)
        let result = try RunBinary.run(["profile", "--clear"], input: "", environment: folder.environment)
        #expect(result.exitCode == 0)
        #expect(result.output.hasPrefix("The stored profile is forgotten."))
    }

    @Test func theProfileIsWrappedToEightyColumnsInAPipe() throws {
        let folder = try ChatFilesEndToEndTests.Folder()
        let result = try RunBinary.run(["profile"], input: "", environment: folder.environment)
        #expect(result.outputLines.count > 1)
        #expect(result.outputLines.allSatisfy { $0.count <= 80 })
    }
}
