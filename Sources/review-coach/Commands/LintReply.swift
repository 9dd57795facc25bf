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

            Output: each mistake found (legal_threat, review_incentive, deflecting_but, \
            blames_customer, over_explaining, private_details, hostile_tone) with the words it \
            is about and advice on what to write instead. With --json, one JSON object:
              {"findings": [{"code", "text", "advice"}], "clean": true|false}

            Exit codes: 0 the reply is clean; 1 there are findings; 2 usage error, or the file \
            cannot be read, or the reply is empty or too long (the reason is printed).

            Examples:
              review-coach lint-reply draft.txt
              pbpaste | review-coach lint-reply --json
              review-coach lint-reply --reply "Sorry for the wait, but we were busy."
            """
    )

    /// The exit code for usage errors and unreadable input.
    static let usageExitCode: Int32 = 2

    @Argument(help: ArgumentHelp("Text file with the reply; \"-\" or nothing reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Check this reply instead of reading a file.", valueName: "text"))
    var reply: String?

    @Flag(help: "Print one JSON object instead of readable text.")
    var json = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if reply != nil, let file {
            // Named, because an unknown option's value lands here too (`--wdth 40` gives FILE 40).
            throw ValidationError("give either --reply TEXT or a FILE, not both (FILE is \"\(file)\").")
        }
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
        let findings = ReplyChecker.check(draft)
        if json {
            print(LintReport(findings: findings, renderer: renderer).json)
        } else {
            print(ReadableLines.standardOutput(width: display.width).text(renderer.checkResult(findings)), terminator: "")
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }

    /// The file or standard input, read up to just past the limit, decoded with replacement
    /// characters; `valid` is false when some bytes were not UTF-8.
    private func readInput(limit: Int) throws -> (text: String, valid: Bool) {
        let descriptor: Int32
        if let file, file != "-" {
            descriptor = open(file, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { fail("cannot open \(file): \(String(cString: strerror(errno))); check the path.") }
        } else {
            descriptor = 0
        }
        defer { if descriptor != 0 { close(descriptor) } }
        let data: [UInt8]
        do { data = try BoundedInput.read(descriptor, limit: limit) } catch {
            fail("cannot read \(file ?? "standard input"): \(String(cString: strerror(error.rawValue))).")
        }
        // A cut at the limit may split a character; only a complete read is judged.
        let decoded: (text: String, valid: Bool)
        do { decoded = try TextDecoding.decode(data) } catch {
            fail("cannot check \(file ?? "standard input"): \(error.description).")
        }
        return (decoded.text, data.count > limit || decoded.valid)
    }

    /// Prints a one-line error on standard error (through the sanitiser: it may name a file) and exits with 2.
    private func fail(_ message: String) -> Never {
        FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach lint-reply: \(message)") + "\n")
        Glibc.exit(Self.usageExitCode)
    }
}
