import Foundation
import Testing

/// `review-coach practice` and `review-coach teach`, run as the built binary with scripted input.
@Suite struct PracticeEndToEndTests {
    @Test func practiceWithASeedGradesScriptedAnswersAndExitsZero() throws {
        // Seed 7 shows library cases 18 (threat), 07 (genuine, no record but partly our fault), 27 (troll).
        let result = try run(["practice", "--cases", "3", "--seed", "7", "--width", "200"],
                             input: "t\nPlease contact us so we can look into it.\n\ng\nskip\nr\n\n")
        #expect(result.status == 0, "stderr: \(result.error)")
        #expect(result.output.contains("Case 1 of 3"))
        #expect(result.output.contains("Case 3 of 3"))
        #expect(result.output.contains("Right: it is threat-based."))
        #expect(result.output.contains("Right: it is a genuine grievance."))
        #expect(result.output.contains("Right: it is a troll."))
        #expect(result.output.contains("Practice over: 3 of 3 right."))
        #expect(result.output.contains("review-coach practice --cases 3"))
        #expect(!result.output.contains("[missing prompt:"))
    }

    @Test func practiceWithTheSameSeedPrintsTheSameSession() throws {
        let input = "g\nskip\ng\nskip\ng\nskip\n"
        let first = try run(["practice", "--cases", "3", "--seed", "99", "--width", "200"], input: input)
        let second = try run(["practice", "--cases", "3", "--seed", "99", "--width", "200"], input: input)
        #expect(first.status == 0)
        #expect(first.output == second.output)
    }

    @Test func practiceStopsWithASummaryWhenTheInputEnds() throws {
        let result = try run(["practice", "--cases", "3", "--seed", "7", "--width", "200"], input: "t\nskip\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Practice over: 1 of 1 right."))
        #expect(result.output.contains("You stopped after 1 of 3 cases."))
    }

    @Test func aPastedDraftOfThirtyKilobytesWarnsOnceAndSaysHowManyLinesWereLeftOut() throws {
        // 300 lines of 100 bytes: the first 99 fit in the 10,000-byte limit, 201 are left out.
        let draft = Array(repeating: String(repeating: "x", count: 100), count: 300).joined(separator: "\n")
        let result = try run(["practice", "--cases", "1", "--seed", "7", "--width", "200"], input: "t\n" + draft + "\n\n")
        #expect(result.status == 0, "stderr: \(result.error)")
        #expect(result.output.components(separatedBy: "longer than 10000 bytes").count - 1 == 1)
        #expect(result.output.contains("201 line(s) were left out"))
        #expect(result.output.contains("Practice over: 1 of 1 right."))
    }

    @Test func practiceWritesAReportAndNeverOverwritesOneWithoutForce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("practice-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.md").path
        let first = try run(["practice", "--cases", "1", "--seed", "7", "--report", report], input: "t\nskip\n")
        #expect(first.status == 0)
        let written = try String(contentsOfFile: report, encoding: .utf8)
        #expect(written.hasPrefix("# Review Coach: practice report"))
        let again = try run(["practice", "--cases", "1", "--seed", "7", "--report", report], input: "g\nskip\n")
        #expect(again.status != 0)
        #expect(again.error.contains("already exists"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == written)
    }

    @Test func aReportThatCannotBeWrittenIsRefusedBeforeTheFirstCase() throws {
        let result = try run(["practice", "--cases", "1", "--seed", "7", "--report", "/no/such/folder/report.md"], input: "t\nskip\n")
        #expect(result.status == 1)
        #expect(result.error.contains("--report /no/such/folder/report.md"))
        #expect(!result.output.contains("Case 1 of 1"))
    }

    @Test func teachListShowsEveryLesson() throws {
        let result = try run(["teach", "--list"], input: "")
        #expect(result.status == 0)
        for number in 1...17 { #expect(result.output.contains("  P\(number) "), "P\(number) missing") }
    }

    @Test func teachP7ShowsThatLessonOnly() throws {
        let result = try run(["teach", "P7"], input: "")
        #expect(result.status == 0)
        #expect(result.output.contains("Lesson 7 of 17: P7 no-review-incentives"))
        #expect(result.output.contains("The wrong reply:"))
        #expect(result.output.contains("A better reply:"))
        #expect(!result.output.contains("Lesson 8 of 17"))
    }

    @Test func teachAnUnknownLessonFailsAndSaysWhatToType() throws {
        let result = try run(["teach", "P99"], input: "")
        #expect(result.status != 0)
        #expect(result.error.contains("P1 to P17"))
    }
}

/// What a run of the binary gave.
private struct RunResult {
    var status: Int32
    var output: String
    var error: String
}

/// Runs the built `review-coach` with arguments and standard input (a private helper, so it
/// does not clash with the shared one another branch adds).
private func run(_ arguments: [String], input: String) throws -> RunResult {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus,
                     output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
}

/// The built binary: beside the test bundle (`.build/debug/review-coachPackageTests.xctest` on
/// Linux; inside it, a few folders deeper, on macOS), so walk up from the test executable.
private func binary() throws -> URL {
    let starts = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL]
    for start in starts {
        var folder = start.deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("review-coach")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
    }
    throw BinaryNotFound(searchedFrom: starts.map(\.path))
}

/// The built binary was not found near the test bundle.
private struct BinaryNotFound: Error, CustomStringConvertible {
    var searchedFrom: [String]
    var description: String { "review-coach not found near \(searchedFrom); run swift build first" }
}
