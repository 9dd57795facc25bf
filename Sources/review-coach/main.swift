import ArgumentParser
import CoachShell
import Foundation

// `lint-reply` promises exit code 2 for usage errors (ArgumentParser's default is 64), so that
// scripts can tell "findings" (1) from "called wrongly" (2). Other commands keep the defaults.
if CommandLine.arguments.dropFirst().first == "lint-reply" {
    do {
        var command = try ReviewCoach.parseAsRoot()
        try command.run()
    } catch {
        let code = ReviewCoach.exitCode(for: error)
        guard code == .validationFailure else { ReviewCoach.exit(withError: error) }
        FileHandle.standardError.write(Data((ReviewCoach.fullMessage(for: error) + "\n").utf8))
        exit(LintReply.usageExitCode)
    }
} else {
    ReviewCoach.main()
}
