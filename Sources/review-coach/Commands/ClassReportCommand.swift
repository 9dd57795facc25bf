import ArgumentParser
import CoachCore
import CoachShell

/// `review-coach class-report`: combines trainees' JSON practice reports into one Markdown page
/// for the trainer to project.
struct ClassReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class-report",
        abstract: "Combine trainees' practice reports into one page to project.",
        discussion: """
            Give the JSON reports that `practice --name NAME --json-report FILE` wrote, one per \
            trainee, all on the same cases (everyone practises with the same --cases and --seed). \
            The page, in Markdown, has three parts: a grid of trainees by cases (✓ or ✗ for the \
            kind of review, then the reply's rubric score), the most common mistakes (kinds taken \
            for another, what the checker found most often, the rubric criteria that lost most \
            points), and each case's drafts one after another, to discuss together.

            --anonymise shows the trainees as Trainee A, B, C... in the order of the files, and \
            puts the same label where a draft is signed with the trainee's name.

            Exit codes: 0 the page was written; 1 a report could not be read or the reports are \
            on different cases (the message names the file and what to do); 64 a wrong option.

            Examples:
              review-coach class-report alex.json sam.json kim.json > class.md
              review-coach class-report *.json --anonymise --output class.md
            """
    )

    @Argument(help: ArgumentHelp("The JSON reports to combine (from practice --json-report).", valueName: "report.json"))
    var reports: [String] = []

    @Flag(help: "Show trainees as Trainee A, B, C... instead of their names.")
    var anonymise = false

    @Option(help: ArgumentHelp("Write the page to this file (it must not exist yet) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Let --output replace an existing file.")
    var force = false

    @Option(help: ArgumentHelp("Use edited prompt files from this folder on top of the built-in wording.", valueName: "dir"))
    var prompts: String?

    func validate() throws {
        if reports.isEmpty { throw ValidationError("Give at least one JSON report, e.g. review-coach class-report alex.json sam.json") }
        if force && output == nil { throw ValidationError("--force only applies with --output FILE.") }
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: prompts)
        let records = try ClassReportFiles.load(reports)
        let page = ClassReport(catalog: catalog, records: records, anonymise: anonymise).markdown()
        guard let output else { return print(page, terminator: "") }
        try SafeFile.write(page, to: output, overwrite: force)
        FileDescriptorSink.standardError.write(UntrustedText.terminal(catalog.text(ClassKey.reportSaved, ["path": output])) + "\n")
    }
}
