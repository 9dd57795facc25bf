import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `review-coach replay`: checks golden transcripts against what the coach says today.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Check transcripts against what the coach says now, or rewrite them.",
        discussion: """
            Each transcript's typed lines are replayed through the coach. A transcript that no \
            longer matches prints a unified diff and the command exits with 1. After editing \
            prompts/, run this to see which conversations changed; --update rewrites them.

            For a projector, --play --pause shows each transcript's title card (its Title and \
            Shows lines), then stops before every typed answer: ask the room what they would \
            answer, then press Enter or space to go on, or q to stop. It needs a terminal.

            Exit codes: 0 every transcript matches (or was rewritten, or played); 1 a transcript \
            differs or cannot be read (the diff or the reason is printed); 64 a wrong option.

            Examples:
              review-coach replay transcripts/*.transcript
              review-coach replay --update transcripts/20-new.transcript
              review-coach replay --play --pace 2 transcripts/02-*.transcript
              review-coach replay --play --pause transcripts/02-*.transcript
            """
    )

    @Argument(help: ArgumentHelp("Transcript files.", valueName: "file"))
    var files: [String]

    @Flag(help: "Rewrite transcripts that differ with what the coach says now.")
    var update = false

    @Flag(help: "Play the transcripts in the terminal at a human pace (a classroom demo) instead of checking them.")
    var play = false

    @Flag(help: "With --play: show the title card first, then stop before each typed answer until Enter or space (q quits). Needs a terminal.")
    var pause = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Playing speed: 1 is a calm typist, 2 twice as fast, 0.5 half.", valueName: "x"))
    var pace: Double = 1

    @Option(help: ArgumentHelp("Use edited prompt files from this folder.", valueName: "dir"))
    var prompts: String?

    func validate() throws {
        if pace <= 0 { throw ValidationError("--pace must be more than 0 (got \(pace)).") }
        if files.isEmpty { throw ValidationError("Give at least one transcript file, e.g. transcripts/*.transcript") }
        if pause && !play { throw ValidationError("--pause only applies with --play (replay --play --pause FILE).") }
        if pause && isatty(0) != 1 {
            throw ValidationError("--pause waits for a key press, so it needs a terminal on standard input; without one, play straight through with --play alone.")
        }
    }

    func run() throws {
        let catalog = try PromptLoader.load(overrides: prompts)
        if play {
            let playback = TranscriptPlayback(
                pace: pace, sink: FileDescriptorSink.standardOutput, keyboard: isatty(0) == 1 ? 0 : nil,
                pauseHint: pause ? catalog.text(.titleCardKeys) : nil)
            for file in files {
                let ending = playback.play(
                    Transcript(parsing: try TextFile.read(file, limit: TextFile.transcriptLimit, what: "transcript", oneOfMany: true)),
                    prompts: TranscriptPlayer(catalog: catalog).prompts)
                if ending == .quit { return }
            }
            return
        }
        let check = TranscriptCheck(catalog: catalog)
        var failed = 0
        for path in files {
            // The name is shown as well as used: shown through the sanitiser.
            let file = UntrustedText.terminal(path, keepNewlines: false)
            let outcome: TranscriptCheck.Outcome
            do {
                outcome = try check.check(path: path, update: update)
            } catch {
                // One unreadable file does not stop the others from being checked.
                failed += 1
                print("ERROR    \(file)")
                let hint = update && !FileManager.default.fileExists(atPath: path)
                    ? "; --update fills in an existing transcript: write its typed lines first (see transcripts/README.md)" : ""
                FileDescriptorSink.standardError.write(UntrustedText.terminal("review-coach replay: \(error)\(hint)") + "\n")
                continue
            }
            switch outcome {
            case .matches: print("ok       \(file)")
            case .updated: print("updated  \(file)")
            case .differs(let diff):
                failed += 1
                print("DIFFERS  \(file)")
                print(diff, terminator: "")
            }
        }
        if failed > 0 {
            FileDescriptorSink.standardError.write("\(failed) of \(files.count) transcript(s) differ or cannot be read; read the diff or the error above, then run with --update if the change is right.\n")
            throw ExitCode(1)
        }
    }
}
