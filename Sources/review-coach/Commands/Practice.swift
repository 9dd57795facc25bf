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

            Modes (--mode): full, the default, asks both and gives feedback after each case; \
            quiz asks the kind only (a quick warm-up); reply gives the kind and asks the reply \
            only; exam asks both and keeps all feedback until the end, then shows every case \
            and the score. --time-limit gives each case that many seconds, from the case being \
            shown to its last answer; a later answer is marked out of time and earns nothing.

            On a terminal you get line editing, Tab completion and a history of your answers \
            (genuine, threat, troll and commands; never your drafts or notes), kept apart from \
            the chat's.

            For a class: --name gives the trainee's name (in the reports), --json-report FILE \
            writes the session as JSON for `review-coach class-report`, and a named trainee's \
            results are kept in $XDG_STATE_HOME/review-coach/progress.sqlite (a database a \
            trainer can open with sqlite3; nothing is kept with --incognito). --progress NAME \
            shows that trainee's trend per kind of review and per principle; --adaptive picks \
            the kinds of case the trainee missed last time (not with --seed: a seed gives \
            everyone the same cases).

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

              review-coach practice --name Alex --cases 8 --seed 42 --json-report alex.json
              review-coach practice --progress Alex
              review-coach practice --name Alex --adaptive
              review-coach practice --mode quiz --cases 10
                                                          a quick round on the kinds only
              review-coach practice --mode exam --time-limit 120 --seed 7
                                                          an exam, two minutes a case, the
                                                          same cases for the whole class
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

    @Option(help: ArgumentHelp("The trainee's name, shown in the reports; their results are kept for --progress.", valueName: "name"))
    var name: String?

    @Option(name: .customLong("json-report"), help: ArgumentHelp("Also write the session as JSON (for class-report) to this file (it must not exist yet).", valueName: "file"))
    var jsonReport: String?

    @Option(help: ArgumentHelp("Show this trainee's progress over their kept sessions, and practise nothing.", valueName: "name"))
    var progress: String?

    @Flag(help: "With --name: practise the kinds of case missed last time first (not with --seed).")
    var adaptive = false

    @Flag(help: "Write nothing to the state folder: no history, no kept progress.")
    var incognito = false
    @OptionGroup var modes: PracticeModeOptions

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if cases < 1 { throw ValidationError("--cases must be at least 1 (got \(cases)).") }
        if force && report == nil && jsonReport == nil && worksheet == nil {
            throw ValidationError("--force only applies with --report FILE, --json-report FILE or --worksheet FILE.")
        }
        if adaptive && name == nil { throw ValidationError("--adaptive needs --name NAME: it picks from what that trainee missed last time.") }
        if adaptive && seed != nil {
            throw ValidationError("--adaptive and --seed do not go together: a seed gives everyone the same cases, --adaptive picks them for one trainee. Drop one of them.")
        }
        if name != nil || progress != nil {
            // Checked here, not in run(), so the error shows practice's own usage line.
            let catalog = try PromptLoader.load(overrides: display.prompts)
            if let name { _ = try PracticeClass.validName(name, option: "--name", catalog: catalog) }
            if let progress { _ = try PracticeClass.validName(progress, option: "--progress", catalog: catalog) }
        }
        if progress != nil && (name != nil || adaptive || report != nil || jsonReport != nil) {
            throw ValidationError("--progress NAME only shows a trainee's progress; run it without --name, --adaptive, --report or --json-report.")
        }
        if pack != nil && casesFile != nil { throw ValidationError("--pack and --cases-file each choose the cases; give one of them.") }
        if worksheet != nil && (report != nil || jsonReport != nil || adaptive || progress != nil) {
            throw ValidationError("--worksheet writes the cases instead of practising; --report, --json-report, --adaptive and --progress need a practice session.")
        }
        try modes.validate()
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: display.prompts)
        let (library, title) = try caseLibrary(catalog)
        guard !library.cases.isEmpty else { throw ShellError(catalog.text(.practiceNoCases)) }
        if let progress { return try PracticeClass.showProgress(progress, catalog: catalog, width: display.width) }
        let classroom = try PracticeClass(catalog: catalog, name: name, jsonReport: jsonReport, incognito: incognito, force: force)
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
        var plan = adaptive ? classroom.adaptivePlan(library: library, count: cases, seed: Self.freshSeed())
                            : PracticePlan(library: library, count: cases, seed: seed ?? Self.freshSeed())
        plan.source = casesSource
        if let worksheet { return try writeWorksheet(plan, to: worksheet, title: title, catalog: catalog) }
        let (reader, echo) = StandardInput.reader(history: .standard(disabled: noHistory || incognito, name: "practice-history"))
        // The plain reader shows no prompt; on a terminal without libedit the loop writes it.
        let writesPrompt = echo == .none && isatty(0) == 1
        let loop = PracticeLoop(
            session: PracticeSession(catalog: catalog, mode: modes.mode, timeLimit: modes.timeLimit), reader: reader,
            channels: [TeachingOutput.standardOutput(width: display.width)],
            writesPromptTo: writesPrompt ? FileDescriptorSink.standardOutput : nil)
        let state = loop.run(plan)
        let classSaved = classroom.finish(state)
        if let report {
            try SafeFile.write(PracticeReport(catalog: catalog).markdown(for: state, name: classroom.name?.text), to: report, overwrite: force)
            print(UntrustedText.terminal(catalog.text(.reportWritten, ["path": report])))
        }
        if !classSaved { throw ExitCode(1) }
    }

    /// A seed from the clock when none is given; the summary prints it so the run can be repeated.
    static func freshSeed() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return UInt64(time.tv_sec) &* 1_000_000_007 &+ UInt64(time.tv_nsec)
    }
}
