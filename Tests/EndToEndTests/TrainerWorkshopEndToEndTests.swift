import Foundation
import Testing

/// A trainer's workshop from start to end with the built binary and nothing else (no Swift, no
/// rebuild): a clinic's own case pack written as a text file, a worksheet of it, a class of
/// three named trainees practising it, their reports combined into one page, and the lessons
/// exported as a handout.
@Suite struct TrainerWorkshopEndToEndTests {
    /// A clinic's pack as a trainer would write it (the format of packs/README.md).
    static let pack = """
        # Ward 3: our own cases for the reception team
        pack: ward3
        title: Ward 3 reception
        industry: healthcare
        signature: Dr Sarah Lee, clinic director
        contact: call the practice and ask for the practice manager

        === case wait ===
        verdict: genuine_grievance
        facts: customer_found=yes our_fault=yes demand=no abusive=no
        what_went_wrong: waiting times at our surgery
        what_we_did: the front desk now tells everyone when a clinic runs late
        review:
          Waited an hour past my appointment and nobody told us why. Really poor.
        context: You find the appointment. A doctor was off sick and the desk did not say so.
        note: A genuine grievance you own: apologise, say what changes, invite them to call (P9, P8, P5).

        === case fee ===
        verdict: threat_based
        facts: customer_found=yes our_fault=no demand=yes abusive=no
        review: Waive my cancellation fee or this review stays up.
        context: You find the appointment. The 24-hour cancellation fee was explained at booking.
        note: A fee waived or else a review: a threat (P10). Give nothing for the review (P7).

        === case stranger ===
        verdict: troll
        facts: customer_found=no our_fault=no demand=no abusive=no
        review: Never been but my neighbour says this surgery is a joke. Avoid.
        context: No record of this person; the review says they never came.
        note: No visit and nothing went wrong on your side: a troll (P12).

        """

    /// Three trainees' answers to the three cases, in whatever order the seed gives them.
    static let trainees: [(name: String, input: String)] = [
        ("Alex", "g\nI am sorry you waited without a word from us. Our desk now tells everyone when a clinic runs late. Please call the practice and ask for me. Dr Sarah Lee, clinic director\n\n"
            + "t\nskip\nr\nskip\n"),
        ("Sam", "g\nSorry you feel that way.\n\ng\nSorry, but we were busy.\n\ng\nThanks.\n\n"),
        ("Kim", "r\nYou are lying.\n\nr\nskip\nt\nWe will waive the fee if you remove the review.\n\n"),
    ]

    @Test func aTrainerRunsAClinicWorkshopFromAPackFileToAClassReportAndAHandout() throws {
        let folder = NSTemporaryDirectory() + "workshop-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let packFile = folder + "/ward3.txt"
        try Self.pack.write(toFile: packFile, atomically: true, encoding: .utf8)
        let state = ["XDG_STATE_HOME": folder + "/state"]

        // the worksheet to print, with its answer key beside it
        let sheet = try RunBinary.run(["practice", "--cases-file", packFile, "--cases", "3", "--seed", "5", "--worksheet", folder + "/ward3.md"], input: "", environment: state)
        #expect(sheet.exitCode == 0, "\(sheet.errorOutput)")
        let key = try String(contentsOfFile: folder + "/ward3-answers.md", encoding: .utf8)
        #expect(key.contains("Dr Sarah Lee, clinic director"))
        #expect(FileManager.default.fileExists(atPath: folder + "/ward3.md"))

        // the class: three named trainees on the same seeded cases of the pack
        for trainee in Self.trainees {
            let run = try RunBinary.run(
                ["practice", "--cases-file", packFile, "--cases", "3", "--seed", "5", "--name", trainee.name, "--width", "200",
                 "--json-report", folder + "/\(trainee.name).json"],
                input: trainee.input, environment: state)
            #expect(run.exitCode == 0, "\(trainee.name): \(run.errorOutput)")
            #expect(run.output.contains("JSON report saved to \(folder)/\(trainee.name).json."))
        }

        // one page for the projector
        let page = try RunBinary.run(["class-report"] + Self.trainees.map { folder + "/\($0.name).json" } + ["--output", folder + "/class.md"], input: "")
        #expect(page.exitCode == 0, "\(page.errorOutput)")
        let report = try String(contentsOfFile: folder + "/class.md", encoding: .utf8)
        for trainee in Self.trainees { #expect(report.contains("| \(trainee.name) |")) }
        #expect(report.contains("Not a real apology"))
        #expect(report.contains("Waive my cancellation fee"))

        // the lessons as a handout
        let handout = try RunBinary.run(["teach", "--format", "html", "--output", folder + "/lessons.html"], input: "")
        #expect(handout.exitCode == 0, "\(handout.errorOutput)")
        let html = try String(contentsOfFile: folder + "/lessons.html", encoding: .utf8)
        #expect(html.contains("<html"))
        #expect(html.contains("P12"))
    }
}
