import ArgumentParser
import CoachShell
import Foundation

/// `review-coach replay`: checks golden transcripts against what the coach says today.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check transcripts against what the coach says now, or rewrite them.",
        discussion: """
            Each transcript's typed lines are replayed through the coach. A transcript that no \
            longer matches prints a unified diff and the command exits with 1. After editing \
            prompts/, run this to see which conversations changed; --update rewrites them.

            Example: review-coach replay transcripts/*.transcript
            """
    )

    @Argument(help: ArgumentHelp("Transcript files.", valueName: "file"))
    var files: [String]

    @Flag(help: "Rewrite transcripts that differ with what the coach says now.")
    var update = false

    @Option(help: ArgumentHelp("Use edited prompt files from this folder.", valueName: "dir"))
    var prompts: String?

    func run() throws {
        let check = TranscriptCheck(catalog: try PromptLoader.load(overrides: prompts))
        var failed = 0
        for file in files {
            switch try check.check(path: file, update: update) {
            case .matches: print("ok       \(file)")
            case .updated: print("updated  \(file)")
            case .differs(let diff):
                failed += 1
                print("DIFFERS  \(file)")
                print(diff, terminator: "")
            }
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("\(failed) of \(files.count) transcript(s) differ; read the diff, then run with --update if the change is right.\n".utf8))
            throw ExitCode(1)
        }
    }
}
