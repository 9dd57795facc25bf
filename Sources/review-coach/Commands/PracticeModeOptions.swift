import ArgumentParser
import CoachCore
import CoachShell

/// `practice --mode` and `--time-limit`: what is asked, when the feedback comes, and how long
/// each case may take.
struct PracticeModeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "What to practise: full (the kind and the reply, feedback after each case), quiz (the kind only), reply (the reply only, the kind given) or exam (both, all feedback at the end).",
        valueName: "mode"))
    var mode: PracticeMode = .full

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: ArgumentHelp(
        "Seconds per case, from the case being shown to its last answer; a later answer is marked out of time and earns nothing.",
        valueName: "seconds"))
    var timeLimit: Int?

    func validate() throws {
        if let problem = PracticeOptions(mode: mode, timeLimit: timeLimit).problem { throw ValidationError(problem) }
    }
}

extension PracticeMode: ExpressibleByArgument {}
