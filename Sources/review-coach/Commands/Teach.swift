import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach teach`: the lessons, one per principle, each with a worked example.
struct Teach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teach",
        abstract: "Read the lessons: one per principle, P1 to P17, each with a worked example.",
        discussion: """
            Without arguments, every lesson in order (a short course; pipe it to less, or print \
            it). Name one or more lessons to read just those. The wording lives in prompts/ \
            (principles.txt, lessons.txt, teaching.txt); --prompts DIR uses a trainer's edited copy.

            For a handout, --format markdown gives a document to print or edit, and --format \
            html one self-contained web page (no files beside it; print it from the browser). \
            --output FILE writes it to a file instead of the screen; it is said to be saved only \
            once it is.

            Exit codes: 0 the lessons were shown or saved; 1 the file could not be written (the \
            reason is printed); 64 a lesson name that does not exist, or a wrong option.

            Examples:
              review-coach teach --list     the index
              review-coach teach P7         one lesson (also: 7, or no-review-incentives)
              review-coach teach            all seventeen, in order
              review-coach teach --format html --output lessons.html
                                            a handout of every lesson, one web page
              review-coach teach --format markdown P7 P10 > threats.md
            """
    )

    @Argument(help: ArgumentHelp("Lessons to show: P1 to P17, a number, or a principle's short name.", valueName: "lesson"))
    var lessons: [String] = []

    @Flag(help: "List the lessons, one line each.")
    var list = false

    @OptionGroup var handout: HandoutOptions

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if list && !lessons.isEmpty { throw ValidationError("Give either --list or lesson names, not both.") }
        if list && (handout.format != .text || handout.output != nil) {
            throw ValidationError("--list is the index for the screen; --format and --output write lessons (leave out --list).")
        }
        try handout.validate()
        // Checked here, not in run(), so the error shows teach's own usage line.
        if let unknown = lessons.first(where: { Principle(naming: $0) == nil }) {
            let catalog = try PromptLoader.load(overrides: display.prompts)
            throw ValidationError(LessonRenderer(catalog: catalog).unknown(unknown))
        }
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: display.prompts)
        let renderer = LessonRenderer(catalog: catalog)
        let channel = TeachingOutput.standardOutput(width: display.width)
        if list { return channel.write(renderer.list()) }
        if handout.writesDocument {
            let chosen = lessons.isEmpty ? Principle.allCases : lessons.compactMap(Principle.init(naming:))
            return try handout.write(chosen.map { Lesson(principle: $0, catalog: catalog) }, catalog: catalog)
        }
        guard !lessons.isEmpty else { return channel.write(renderer.all()) }
        var principles: [Principle] = []
        for name in lessons {
            guard let principle = Principle(naming: name) else { throw ValidationError(renderer.unknown(name)) }
            principles.append(principle)
        }
        for (index, principle) in principles.enumerated() {
            if index > 0 { channel.write([StyledLine(.plain, "")]) }
            channel.write(renderer.render(Lesson(principle: principle, catalog: catalog)))
        }
    }
}

/// Where the teaching commands write: standard output, wrapped and coloured for a terminal.
enum TeachingOutput {
    static func standardOutput(width: Int?) -> ChatLoop.Channel {
        .standardOutput(.current(width: width), echo: .none)
    }
}
