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
            with the same rules as the chat, checks your draft, and shows its own reply. Type \
            /quit to stop early; /why, /back and /help work too. The cases live in \
            prompts/cases.txt; a trainer can add more.

            On a terminal you get line editing, Tab completion and a history of your answers \
            (genuine, threat, troll and commands; never your drafts or notes), kept apart from \
            the chat's.

            Modes (--mode): full, the default, asks both and gives feedback after each case; \
            quiz asks the kind only (a quick warm-up); reply gives the kind and asks the reply \
            only; exam asks both and keeps all feedback until the end, then shows every case \
            and the score. --time-limit gives each case that many seconds, from the case being \
            shown to its last answer; a later answer is marked out of time and earns nothing.

            Exit codes: 0 the practice ended (all cases, quit, or the end of the input); 1 the \
            report or the case library could not be used (the reason is printed); 64 a wrong option.

            Examples:
              review-coach practice                       five cases in a fresh order
              review-coach practice --cases 10 --seed 7   the same ten cases every time
              review-coach practice --report alex.md      also a report for the trainer
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

    @Flag(help: "Let --report replace an existing file.")
    var force = false

    @Flag(name: .customLong("no-history"), help: "Do not read or write line history.")
    var noHistory = false

    @OptionGroup var modes: PracticeModeOptions

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if cases < 1 { throw ValidationError("--cases must be at least 1 (got \(cases)).") }
        try modes.validate()
        if force && report == nil { throw ValidationError("--force only applies with --report FILE.") }
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: display.prompts)
        let library: CaseLibrary
        do {
            library = try CaseLibrary(catalog: catalog)
        } catch {
            throw ShellError(catalog.text(.practiceBadLibrary, ["error": error.description]))
        }
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
        let plan = PracticePlan(library: library, count: cases, seed: seed ?? Self.freshSeed())
        let (reader, echo) = StandardInput.reader(history: .standard(disabled: noHistory, name: "practice-history"))
        // The plain reader shows no prompt; on a terminal without libedit the loop writes it.
        let writesPrompt = echo == .none && isatty(0) == 1
        let loop = PracticeLoop(
            session: PracticeSession(catalog: catalog, mode: modes.mode, timeLimit: modes.timeLimit), reader: reader,
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
