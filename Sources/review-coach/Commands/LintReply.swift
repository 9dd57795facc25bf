import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach lint-reply`: checks a drafted public reply for the mistakes that make things worse.
struct LintReply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint-reply",
        abstract: "Check a reply you wrote before you post it.",
        discussion: """
            Input: the reply as plain text from FILE, or from standard input when FILE is missing \
            or "-"; or given with --reply "TEXT". At most 10000 bytes.

            Context (optional): --review or --review-file (the review being answered), \
            --verdict genuine_grievance|threat_based|troll, --our-fault yes|partly|no|unsure, \
            --industry (the profile's industries: restaurant, hotel, healthcare, trades, retail, \
            online, professional, other) and --platform google|yelp|tripadvisor|trustpilot|amazon. \
            Without --platform every platform's rules apply.

            Output: each mistake found (legal_threat, review_incentive, deflecting_but, \
            blames_customer, over_explaining, private_details, hostile_tone, false_accusation, \
            confidential_relationship, platform_rule, non_apology) with the words it is about and \
            advice on what to write instead. With --json, one JSON object:
              {"findings": [{"code", "text", "advice", "principle", "rewrite", "platforms"}], "clean": true|false}
            ("platforms" only for platform_rule: the platforms whose rule the words break).

            Exit codes: 0 the reply is clean; 1 there are findings; 2 usage error, or the file \
            cannot be read, or the reply is empty or too long (the reason is printed).

            Examples:
              review-coach lint-reply draft.txt
              pbpaste | review-coach lint-reply --json
              review-coach lint-reply --reply "Sorry for the wait, but we were busy."
              review-coach lint-reply draft.txt --industry healthcare --platform google
            """
    )

    /// The exit code for usage errors and unreadable input.
    static let usageExitCode: Int32 = 2

    @Argument(help: ArgumentHelp("Text file with the reply; \"-\" or nothing reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Check this reply instead of reading a file.", valueName: "text"))
    var reply: String?

    @Option(help: ArgumentHelp("The review being answered.", valueName: "text"))
    var review: String?

    @Option(help: ArgumentHelp("A file holding the review being answered.", valueName: "file"))
    var reviewFile: String?

    @Option(help: ArgumentHelp("The verdict on the review: \(LintContextOptions.names(Verdict.self)).", valueName: "verdict"))
    var verdict: String?

    @Option(help: ArgumentHelp("Was something wrong on your side: \(LintContextOptions.names(FaultAnswer.self)).", valueName: "answer"))
    var ourFault: String?

    @Option(help: ArgumentHelp("The business's industry: \(LintContextOptions.names(Industry.self)).", valueName: "name"))
    var industry: String?

    @Option(help: ArgumentHelp("The platform the reply goes on: \(LintContextOptions.names(ReviewPlatform.self)).", valueName: "name"))
    var platform: String?

    @Flag(help: "Print one JSON object instead of readable text.")
    var json = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if reply != nil, let file {
            // Named, because an unknown option's value lands here too (`--wdth 40` gives FILE 40).
            throw ValidationError("give either --reply TEXT or a FILE, not both (FILE is \"\(file)\").")
        }
        if review != nil && reviewFile != nil {
            throw ValidationError("give either --review TEXT or --review-file FILE, not both.")
        }
        if reviewFile == "-" && (file == nil || file == "-") && reply == nil {
            throw ValidationError("--review-file cannot read standard input when the reply comes from it; give the reply as FILE or --reply.")
        }
        _ = try contextOptions.context(review: nil)
    }

    private var contextOptions: LintContextOptions {
        LintContextOptions(verdict: verdict, ourFault: ourFault, industry: industry, platform: platform)
    }

    func run() throws {
        let limits = Limits()
        let (text, validUTF8) = try reply.map { ($0, true) } ?? readInput(limit: limits.draftBytes)
        var draft = text
        while let last = draft.last, last.isWhitespace { draft.removeLast() }
        guard !draft.allSatisfy(\.isWhitespace) else {
            if reply != nil { fail("--reply is empty; give the reply's text in quotes.") }
            fail("the reply is empty; give the reply text in \(file.flatMap { $0 == "-" ? nil : $0 } ?? "standard input") or with --reply.")
        }
        let size = draft.utf8.count
        guard size <= limits.draftBytes else {
            // Input is read only to just past the limit, so its size is not known.
            let told = reply != nil ? "is \(size) bytes, over" : "is over"
            fail("the reply \(told) the limit of \(limits.draftBytes) bytes; a good reply is much shorter.")
        }
        if !validUTF8 {
            FileDescriptorSink.standardError.write("review-coach lint-reply: warning: the reply is not valid UTF-8 text; unreadable bytes are shown as \u{FFFD}.\n")
        }
        let catalog = try PromptLoader.load(overrides: display.prompts)
        let renderer = EventRenderer(catalog: catalog)
        let reviewText = try reviewFile.map { try readReview($0, limit: limits.draftBytes) } ?? review
        let context = try contextOptions.context(review: reviewText)
        let findings = ReplyChecker.check(draft, context: context)
        // the rubric grades the reply for its case, so only when the case's verdict is known
        let grade = context.verdict == nil ? nil : ReplyRubric.shipped.grade(draft, context: context, findings: findings)
        if json {
            print(LintReport(findings: findings, renderer: renderer, rubric: grade).json)
        } else {
            let rubric = grade.map { [StyledLine(.plain, "")] + RubricRenderer(catalog: catalog).lines($0) } ?? []
            print(ReadableLines.standardOutput(width: display.width).text(renderer.checkResult(findings) + rubric), terminator: "")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }

    /// The reply's file or standard input, read up to just past the limit, decoded with
    /// replacement characters; `valid` is false when some bytes were not UTF-8.
    private func readInput(limit: Int) throws -> (text: String, valid: Bool) {
        readText(file.flatMap { $0 == "-" ? nil : $0 }, limit: limit)
    }

    /// The review being answered, from `--review-file` ("-" for standard input), up to the limit.
    private func readReview(_ path: String, limit: Int) throws -> String {
        readText(path == "-" ? nil : path, limit: limit).text
    }

    /// A file (or standard input for `nil`) read up to just past the limit and decoded.
    private func readText(_ path: String?, limit: Int) -> (text: String, valid: Bool) {
        let descriptor: Int32
        if let path {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { fail("cannot open \(path): \(String(cString: strerror(errno))); check the path.") }
        } else {
            descriptor = 0
        }
        defer { if descriptor != 0 { close(descriptor) } }
        let name = path ?? "standard input"
        let data: [UInt8]
        do { data = try BoundedInput.read(descriptor, limit: limit) } catch {
            fail("cannot read \(name): \(String(cString: strerror(error.rawValue))).")
        }
        // A cut at the limit may split a character; only a complete read is judged.
        let decoded: (text: String, valid: Bool)
        do { decoded = try TextDecoding.decode(data) } catch {
            fail("cannot check \(name): \(error.description).")
        }
        return (decoded.text, data.count > limit || decoded.valid)
    }

    /// Prints a one-line error on standard error (through the sanitiser: it may name a file) and exits with 2.
    private func fail(_ message: String) -> Never {
        FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach lint-reply: \(message)") + "\n")
        Glibc.exit(Self.usageExitCode)
    }
}
