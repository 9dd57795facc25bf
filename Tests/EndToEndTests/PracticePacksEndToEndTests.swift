import Foundation
import Testing

/// `practice --pack`, `--cases-file` and `--worksheet`, run as the built binary: a trainer's own
/// file replaces the built-in cases, a malformed or wrongly expected file is refused with its
/// line and exit code 1, and a worksheet is written with its answer key beside it.
@Suite struct PracticePacksEndToEndTests {
    static let clinicPack = """
        # A trainer's own cases
        pack: ward
        industry: healthcare
        signature: Dr Sarah Lee, clinic director

        === case ward-1 ===
        verdict: threat_based
        facts: customer_found=yes our_fault=no demand=yes abusive=no
        review: Waive my parking fine or this review stays up.
        context: You find the appointment. Parking is run by the hospital, not the clinic.
        note: A demand tied to the review: a threat (P10).
        """

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("packs-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `practice --cases-file` on `text` written to a file; returns the file's path (gone
    /// after the run) and the result.
    func practise(_ text: String) throws -> (file: String, result: BinaryResult) {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("cases.txt").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (file, try RunBinary.run(["practice", "--cases-file", file], input: "t\nskip\n"))
    }

    @Test func aCasesFileReplacesTheBuiltInCases() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("ward.txt").path
        try Self.clinicPack.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try RunBinary.run(["practice", "--cases-file", file, "--cases", "5", "--seed", "1", "--width", "200"], input: "t\nskip\n")
        #expect(result.exitCode == 0, "\(result.errorOutput)")
        #expect(result.output.contains("Case 1 of 1"))
        #expect(result.output.contains("Waive my parking fine"))
        #expect(result.output.contains("Dr Sarah Lee, clinic director"))
    }

    @Test func aMalformedCasesFileIsRefusedWithItsLineAndExitCodeOne() throws {
        let (file, result) = try practise(Self.clinicPack.replacingOccurrences(of: "verdict: threat_based", with: "verdict: blackmail"))
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("\(file):7: verdict \"blackmail\": use one of genuine_grievance"))
    }

    @Test func aCaseTheRulesWouldClassifyOtherwiseStopsPracticeBeforeItStarts() throws {
        let (file, result) = try practise(Self.clinicPack.replacingOccurrences(of: "verdict: threat_based", with: "verdict: troll"))
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("\(file):6: case ward-1 expects troll, but the coach's rules make it threat_based"))
        #expect(result.errorOutput.contains("P10"))
        #expect(!result.output.contains("Case 1 of"))
    }

    @Test func aMissingCasesFileIsAClearError() throws {
        let result = try RunBinary.run(["practice", "--cases-file", "/nonexistent/cases.txt"], input: "")
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("/nonexistent/cases.txt"))
    }

    @Test func anUnknownPackListsTheStarterPacks() throws {
        let result = try RunBinary.run(["practice", "--pack", "bakery"], input: "")
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("restaurant, retail, trades"))
    }

    @Test func aStarterPackIsPractisedByName() throws {
        let result = try RunBinary.run(["practice", "--pack", "trades", "--cases", "1", "--seed", "2", "--width", "200"], input: "g\nskip\n")
        #expect(result.exitCode == 0, "\(result.errorOutput)")
        #expect(result.output.contains("Chris Patel, owner") || result.output.contains("No public reply"))
    }

    @Test func aWorksheetAndItsAnswerKeyAreWrittenAndNeverReplacedWithoutForce() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("hotel.md").path
        let key = dir.appendingPathComponent("hotel-answers.md").path
        let arguments = ["practice", "--pack", "hotel", "--cases", "3", "--seed", "3", "--worksheet", sheet]
        let first = try RunBinary.run(arguments, input: "")
        #expect(first.exitCode == 0, "\(first.errorOutput)")
        #expect(first.output.contains("Wrote the worksheet to \(sheet) and the answer key to \(key)."))
        let written = try String(contentsOfFile: sheet, encoding: .utf8)
        let answers = try String(contentsOfFile: key, encoding: .utf8)
        #expect(written.components(separatedBy: "\n## Case ").count - 1 == 3)
        #expect(!written.contains("Verdict:"))
        #expect(answers.components(separatedBy: "- Verdict: ").count - 1 == 3)
        #expect(answers.contains("Jo Harris, general manager"))
        let again = try RunBinary.run(arguments, input: "")
        #expect(again.exitCode == 1)
        #expect(again.errorOutput.contains("already exists"))
        #expect(try String(contentsOfFile: sheet, encoding: .utf8) == written)
        let forced = try RunBinary.run(arguments + ["--force"], input: "")
        #expect(forced.exitCode == 0)
    }

    @Test func theSameSeedGivesTheSameWorksheetAsThePracticeSession() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("w.md").path
        _ = try RunBinary.run(["practice", "--cases", "2", "--seed", "7", "--worksheet", sheet], input: "")
        let session = try RunBinary.run(["practice", "--cases", "2", "--seed", "7", "--width", "200"], input: "")
        let written = try String(contentsOfFile: sheet, encoding: .utf8)
        // Seed 7 starts with built-in case 18, as in PracticeEndToEndTests.
        #expect(written.contains("(18)"))
        #expect(session.output.contains("The colour came out brassy."))
        #expect(written.contains("The colour came out brassy."))
    }

    @Test func theExampleInPacksReadmeLoadsCleanAsACasesFile() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("packs/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let example = try #require(text.components(separatedBy: "```\n").dropFirst().first)
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("ward.txt").path
        try example.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try RunBinary.run(["practice", "--cases-file", file, "--worksheet", dir.appendingPathComponent("w.md").path], input: "")
        #expect(result.exitCode == 0, "\(result.errorOutput)")
    }
}
