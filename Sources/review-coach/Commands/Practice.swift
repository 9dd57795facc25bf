import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach practice`: example reviews from the case library; the trainee names the kind
/// and drafts a reply, the coach grades both by its own rules and keeps score.
struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise on example reviews: name the kind, draft a reply, get graded.",
        discussion: """
            For each case, answer genuine (g), threat (t) or troll (r), then draft the reply you \
            would post, ending it with an empty line, or type skip. The coach grades your answer \
            with the same rules as the chat, checks your draft, and shows a model reply. Type \
            /quit to stop early; /why, /back and /help work too.

            Cases come in packs: the 28 built-in cases, or a starter pack for one trade with \
            --pack (restaurant, hotel, healthcare, retail, trades), or a trainer's own file with \
            --cases-file, written in a text editor (the format: packs/README.md). A pack only \
            loads when the coach's own rules give every case the verdict the file expects; \
            otherwise it names the case, its line, and the rule that decided. --worksheet \
            prints the cases on paper instead, with the answer key in a second file.

            On a terminal you get line editing, Tab completion and a history of your answers \
            (genuine, threat, troll and commands; never your drafts or notes), kept apart from \
            the chat's.

            Exit codes: 0 the practice ended (all cases, quit, or the end of the input) or the \
            worksheet was written; 1 the report, the worksheet or the cases could not be used \
            (the reason is printed, with the file and line); 64 a wrong option.

            Examples:
              review-coach practice                       five cases in a fresh order
              review-coach practice --cases 10 --seed 7   the same ten cases every time
              review-coach practice --report alex.md      also a report for the trainer
              review-coach practice --pack healthcare     a clinic's cases
              review-coach practice --cases-file ward.txt your cases, not the built-in ones
              review-coach practice --pack hotel --cases 8 --seed 3 --worksheet hotel.md
                                                          hotel.md to print, the key in
                                                          hotel-answers.md
            """
    )

    @Option(parsing: .unconditional, help: ArgumentHelp("How many cases to practise (at most the size of the library).", valueName: "n"))
    var cases = 5

    @Option(parsing: .unconditional, help: ArgumentHelp("Seed for the order of the cases; the same seed gives the same cases in the same order.", valueName: "s"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Write a Markdown report of the session to this file (it must not exist yet).", valueName: "file"))
    var report: String?

    @Option(help: ArgumentHelp("Practise a starter pack instead of the built-in cases: restaurant, hotel, healthcare, retail or trades.", valueName: "name"))
    var pack: String?

    @Option(name: .customLong("cases-file"), help: ArgumentHelp("Practise the cases in this file instead of the built-in ones (format: packs/README.md).", valueName: "file"))
    var casesFile: String?

    @Option(help: ArgumentHelp("Write the cases as a printable Markdown worksheet to this file, and the answer key beside it (FILE-answers.md), instead of practising.", valueName: "file"))
    var worksheet: String?

    @Flag(help: "Let --report or --worksheet replace existing files.")
    var force = false

    @Flag(name: .customLong("no-history"), help: "Do not read or write line history.")
    var noHistory = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if cases < 1 { throw ValidationError("--cases must be at least 1 (got \(cases)).") }
        if force && report == nil && worksheet == nil { throw ValidationError("--force only applies with --report FILE or --worksheet FILE.") }
        if pack != nil && casesFile != nil { throw ValidationError("--pack and --cases-file each choose the cases; give one of them.") }
        if worksheet != nil && report != nil { throw ValidationError("--worksheet writes the cases instead of practising; --report needs a practice session.") }
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: display.prompts)
        let (library, title) = try caseLibrary(catalog)
        guard !library.cases.isEmpty else { throw ShellError(catalog.text(.practiceNoCases)) }
        if let report, !force, FileManager.default.fileExists(atPath: report) {
            throw ShellError(catalog.text(.reportExists, ["path": report]))
        }
        // Before the first case, not after the last: a trainee's session is never lost to a
        // report that cannot be written.
        if let report {
            try SafeFile.refuseLink(at: report)
            let folder = FilePath.split(report).directory
            guard access(folder, W_OK) == 0 else {
                throw ShellError("--report \(report): cannot write in \(folder) (\(String(cString: strerror(errno)))); choose a folder you can write to")
            }
        }
        var plan = PracticePlan(library: library, count: cases, seed: seed ?? Self.freshSeed())
        plan.source = casesSource
        if let worksheet { return try writeWorksheet(plan, to: worksheet, title: title, catalog: catalog) }
        let (reader, echo) = StandardInput.reader(history: .standard(disabled: noHistory, name: "practice-history"))
        // The plain reader shows no prompt; on a terminal without libedit the loop writes it.
        let writesPrompt = echo == .none && isatty(0) == 1
        let loop = PracticeLoop(
            session: PracticeSession(catalog: catalog), reader: reader,
            channels: [TeachingOutput.standardOutput(width: display.width)],
            writesPromptTo: writesPrompt ? FileDescriptorSink.standardOutput : nil)
        let state = loop.run(plan)
        if let report {
            try SafeFile.write(PracticeReport(catalog: catalog).markdown(for: state), to: report, overwrite: force)
            print(UntrustedText.terminal(catalog.text(.reportWritten, ["path": report])))
        }
    }

    /// A seed from the clock when none is given; the summary prints it so the run can be repeated.
    static func freshSeed() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return UInt64(time.tv_sec) &* 1_000_000_007 &+ UInt64(time.tv_nsec)
    }
}
