import Foundation
import Testing

/// A class, run as the built binary: three named trainees practise the same seeded cases from
/// piped answers, `class-report` combines their JSON reports, and each one's progress is kept
/// in the state folder (never with `--incognito`).
@Suite struct ClassEndToEndTests {
    /// Seed 7, three cases: 18 (threat), 07 (genuine), 27 (troll).
    static let trainees: [(name: String, input: String)] = [
        ("Alex", "t\nI am sorry about your stay. We have changed our check-in process. Please call me on 555 so we can talk. Maria, manager\n\n"
            + "g\nI am so sorry we got your order wrong. We have retrained the team. Please email me so I can put it right. Maria, manager\n\nr\nskip\n"),
        ("Sam", "g\nSorry, but we were busy that night.\n\ng\nSorry you feel that way.\n\nr\nThanks.\n\n"),
        ("Kim Lee", "r\nYou are lying, we have CCTV.\n\nt\nskip\ng\nWe will refund you if you remove the review. The team\n\n"),
    ]

    /// A fresh folder for the reports and the state folder, removed after `body`.
    private func inScratch(_ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "class-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func practise(_ name: String, _ input: String, in folder: String, extra: [String] = []) throws -> BinaryResult {
        try RunBinary.run(["practice", "--name", name, "--cases", "3", "--seed", "7", "--width", "200",
                           "--json-report", folder + "/\(name).json"] + extra,
                          input: input, environment: ["XDG_STATE_HOME": folder + "/state"])
    }

    @Test func threeTraineesPractiseAndTheClassReportCombinesThem() throws {
        try inScratch { folder in
            for trainee in Self.trainees {
                let result = try practise(trainee.name, trainee.input, in: folder)
                #expect(result.exitCode == 0, "\(trainee.name): \(result.errorOutput)")
                #expect(result.output.contains("JSON report saved to \(folder)/\(trainee.name).json."))
            }
            let reports = Self.trainees.map { folder + "/\($0.name).json" }
            let page = try RunBinary.run(["class-report"] + reports, input: "")
            #expect(page.exitCode == 0, "\(page.errorOutput)")
            #expect(page.output.contains("| Alex | ✓ 91% | ✓ 91% | ✓ no draft | 3/3, 91% |"))
            #expect(page.output.contains("| Sam | ✗ 25% |"))
            #expect(page.output.contains("| Kim Lee | ✗ 0% |"))
            #expect(page.output.contains("Not a real apology (non\\_apology): 1 draft(s)"))
            #expect(page.output.contains("### Case 3 (27)"))
        }
    }

    @Test func anAnonymisedClassReportWrittenToAFileNamesNoTrainee() throws {
        try inScratch { folder in
            for trainee in Self.trainees { _ = try practise(trainee.name, trainee.input, in: folder) }
            let output = folder + "/class.md"
            let result = try RunBinary.run(["class-report", "--anonymise", "--output", output] + Self.trainees.map { folder + "/\($0.name).json" }, input: "")
            #expect(result.exitCode == 0, "\(result.errorOutput)")
            #expect(result.errorOutput.contains("Class report saved to \(output)."))
            let page = try String(contentsOfFile: output, encoding: .utf8)
            #expect(page.contains("| Trainee A | ✓ 91%"))
            for trainee in Self.trainees { #expect(!page.contains(trainee.name)) }
        }
    }

    @Test func aNamedTraineesProgressIsKeptAndShown() throws {
        try inScratch { folder in
            _ = try practise("Sam", Self.trainees[1].input, in: folder)
            let progress = try RunBinary.run(["practice", "--progress", "Sam", "--width", "200"], input: "",
                                             environment: ["XDG_STATE_HOME": folder + "/state"])
            #expect(progress.exitCode == 0)
            #expect(progress.output.contains("Progress of Sam: 1 session(s)"))
            #expect(progress.output.contains("- threat-based: 0/1; replies 25%"))
        }
    }

    @Test func incognitoKeepsNothingInTheStateFolder() throws {
        try inScratch { folder in
            let result = try practise("Sam", Self.trainees[1].input, in: folder, extra: ["--incognito"])
            #expect(result.exitCode == 0)
            #expect(FileManager.default.fileExists(atPath: folder + "/Sam.json"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/state"))
        }
    }

    @Test func aDamagedProgressFileIsReportedAndTheSessionAndReportStillHappen() throws {
        try inScratch { folder in
            try FileManager.default.createDirectory(atPath: folder + "/state/review-coach", withIntermediateDirectories: true)
            try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: folder + "/state/review-coach/progress.sqlite"))
            let result = try practise("Sam", Self.trainees[1].input, in: folder)
            #expect(result.exitCode == 0)
            #expect(result.output.contains("Practice over: 2 of 3 right."))
            #expect(result.errorOutput.contains("Progress not kept:"))
            #expect(result.errorOutput.contains("is damaged or not a Review Coach database"))
            #expect(FileManager.default.fileExists(atPath: folder + "/Sam.json"))
        }
    }

    @Test func theMarkdownReportNamesTheTrainee() throws {
        try inScratch { folder in
            let result = try practise("Sam", Self.trainees[1].input, in: folder, extra: ["--report", folder + "/sam.md"])
            #expect(result.exitCode == 0)
            #expect(try String(contentsOfFile: folder + "/sam.md", encoding: .utf8).contains("\n\nTrainee: Sam\n\n"))
        }
    }

    @Test func adaptivePicksTheKindsMissedLastTime() throws {
        try inScratch { folder in
            _ = try practise("Sam", Self.trainees[1].input, in: folder)
            let result = try RunBinary.run(["practice", "--name", "Sam", "--adaptive", "--cases", "1", "--width", "200"], input: "t\nskip\n",
                                           environment: ["XDG_STATE_HOME": folder + "/state"])
            #expect(result.exitCode == 0, "\(result.errorOutput)")
            #expect(result.output.contains("Picked for you: cases like the ones you missed last time (threat-based, P7, P10, P11)."))
            #expect(result.output.contains("Case 1 of 1."))
        }
    }

    @Test func aJSONReportThatCannotBeWrittenIsRefusedBeforeTheFirstCase() throws {
        let result = try RunBinary.run(["practice", "--cases", "1", "--seed", "7", "--json-report", "/no/such/folder/a.json"], input: "t\nskip\n")
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("--json-report /no/such/folder/a.json: cannot write in /no/such/folder"))
        #expect(!result.output.contains("Case 1 of 1"))
    }

    @Test func adaptiveWithASeedIsRefused() throws {
        let result = try RunBinary.run(["practice", "--name", "Sam", "--adaptive", "--seed", "7"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("--adaptive and --seed do not go together"))
        #expect(result.errorOutput.contains("review-coach practice"))
    }

    @Test func anUnsafeNameIsRefusedWithWhatToWrite() throws {
        let result = try RunBinary.run(["practice", "--name", "../sam"], input: "")
        #expect(result.exitCode == 64)
        #expect(result.errorOutput.contains("--name: a name may hold only letters"))
    }

    @Test func classReportOnAMissingFileNamesItAndExitsOne() throws {
        let result = try RunBinary.run(["class-report", "/no/such/alex.json"], input: "")
        #expect(result.exitCode == 1)
        #expect(result.errorOutput.contains("/no/such/alex.json"))
    }
}
