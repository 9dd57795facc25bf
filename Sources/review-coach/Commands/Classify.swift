import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach classify`: classifies reviews in bulk, JSON Lines in and out.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify many reviews: JSON Lines in, one JSON line out per review.",
        discussion: """
            Input: JSON Lines from FILE, or from standard input when FILE is missing or "-". \
            Each line is one object:
              {"id": "r1", "review": "text of the review", "facts": {"demand": "yes"}}
            "facts" is optional: the owner's answers for customer_found (yes/no/unsure), \
            our_fault (yes/partly/no/unsure), demand (yes/no/unsure) and abusive (yes/no/unsure). \
            "unsure" lets the review text decide. Also optional: "profile" (the owner profile \
            object), "details" ({"what_went_wrong", "what_we_did", "contact", "name"}, over \
            the profile), "channel" (public_review, the default, private_message or both) and \
            "claims" ([{"id" or "category", "stance": true/partly/false/unknown, "note"}]; a \
            claim not given is unknown). Other members are ignored. Blank lines are skipped. A review may hold at most 20000 bytes (UTF-8).

            Output: one JSON line per non-blank input line, in the same order:
              {"id", "classification" (genuine_grievance, threat_based or troll), "facts" (each \
            {"value", "source": owner, text or default}), "signals" ([{"kind", "text"}]), \
            "subkind" (customer_demand or extortion_scam for a threat; never_customer, spam, \
            conflict_of_interest, wrong_business, off_topic, no_record or abuse_only for a troll; \
            null for a genuine grievance), "subkind_evidence" ([{"cue", "text"}]), "claims" \
            ([{"id", "category", "text", "stance"}], most serious first), "reasons", \
            "principles", "replies" ([{"style": short or full, "text"}], empty when no public \
            reply should be posted), "reply" (the recommended one, or empty), "next_steps"}
            A line that cannot be read gives {"id" (when known), "line": N, "error": "..."} \
            instead, and the lines after it still run.

            Exit codes: 0 every line was classified; 1 some line gave an error, or the file \
            cannot be read.

            With --review "TEXT", one review from the command line is classified and shown as \
            the coach shows its verdict (or as one JSON line with --json).

            With --jobs N the lines are classified on N threads (default: one per core); the \
            output is byte for byte the same as with --jobs 1.

            Examples:
              review-coach classify reviews.jsonl > verdicts.jsonl
              echo '{"id":"r1","review":"Refund me or I post it."}' | review-coach classify
              review-coach classify --review "Never set foot in this shop, but it's a scam."
            """
    )

    @Argument(help: ArgumentHelp("JSON Lines file of reviews; \"-\" or nothing reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Classify this one review instead of reading JSON Lines.", valueName: "text"))
    var review: String?

    @Flag(help: "With --review: print one JSON line instead of the readable verdict. (FILE input always gives JSON Lines.)")
    var json = false

    @Option(help: ArgumentHelp("Sign and close every reply with the owner profile in this JSON file (a line's own \"profile\" member wins).", valueName: "file"))
    var profile: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Classify on this many threads at once (default: the number of cores); the output is the same, in the same order.", valueName: "n"))
    var jobs: Int?

    @OptionGroup var display: DisplayOptions

    /// The most threads `--jobs` accepts: more gains nothing on any machine this runs on.
    static let maxJobs = 256

    func validate() throws {
        if let jobs, !(1...Self.maxJobs).contains(jobs) {
            throw ValidationError("--jobs must be a whole number from 1 to \(Self.maxJobs) (got \(jobs)); leave it out to use every core.")
        }
        if review != nil, let file {
            // Named, because an unknown option's value lands here too (`--wdth 40` gives FILE 40).
            throw ValidationError("give either --review TEXT or a FILE, not both (FILE is \"\(file)\").")
        }
    }

    func run() throws {
        let classifier = BatchClassifier(
            catalog: try PromptLoader.load(overrides: display.prompts), profile: try profile.map(ProfileFile.read) ?? OwnerProfile())
        if let review {
            try classifyOne(review, with: classifier)
            return
        }
        let descriptor: Int32
        if let file, file != "-" {
            descriptor = open(file, O_RDONLY)
            guard descriptor >= 0 else {
                fail("cannot open \(file): \(String(cString: strerror(errno))); check the path.")
            }
        } else {
            descriptor = 0
        }
        defer { if descriptor != 0 { close(descriptor) } }
        let writer = BufferedWriter(descriptor: 1)
        let summary: ClassifyStream.Summary
        do {
            let reader = ChunkedLineReader(descriptor: descriptor)
            let threads = jobs ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            summary = threads == 1
                ? try ClassifyStream.run(reader: reader, writer: writer, classifier: classifier)
                : try ParallelClassify(classifier: classifier, jobs: threads).run(reader: reader, writer: writer)
        } catch {
            writer.flush()
            fail("cannot read \(file ?? "standard input"): \(error).")
        }
        if let failure = writer.failure { fail("cannot write the output: \(failure).") }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    private func classifyOne(_ review: String, with classifier: BatchClassifier) throws {
        guard review.contains(where: { !$0.isWhitespace }) else {
            fail("--review is empty; give the review's text in quotes, e.g. --review \"The soup was cold.\"")
        }
        let size = review.utf8.count
        guard size <= classifier.limits.reviewBytes else {
            fail("the review is \(size) bytes, over the limit of \(classifier.limits.reviewBytes) bytes; shorten it.")
        }
        let request = ClassifyRequest(id: nil, review: review)
        if json {
            print(classifier.respond(to: request).json)
            return
        }
        let readable = ReadableLines.standardOutput(width: display.width)
        let lines = EventRenderer(catalog: classifier.catalog).render(classifier.assess(request), inChat: false)
        print(readable.text(lines), terminator: "")
    }

    /// Prints a one-line error on standard error (through the sanitiser: it may name a file) and exits with 1.
    private func fail(_ message: String) -> Never {
        FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach classify: \(message)") + "\n")
        Glibc.exit(1)
    }
}
