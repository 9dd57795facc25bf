import ArgumentParser
import CoachCore
import CoachShell
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A file-size limit (ulimit -f) makes writes fail with EFBIG, reported like a full disk,
// instead of killing the program before it can say that nothing was saved.
signal(SIGXFSZ, SIG_IGN)
// Output that could not be written is an error (exit 1), not a silent success.
atexit { OutputFailure.flushStandardOutput() }

// `lint-reply` promises exit code 2 for usage errors (ArgumentParser's default is 64), so that
// scripts can tell "findings" (1) from "called wrongly" (2). Other commands keep the defaults.
if CommandLine.arguments.count == 1 {
    // `review-coach` alone, the common case, starts the chat with its defaults directly: with
    // nothing to parse, the argument parser's reflection would be a third of the start-up time.
    do { try ChatLaunch().run() } catch { ReviewCoach.exitSafely(withError: error) }
} else if CommandLine.arguments.dropFirst().first == "lint-reply" {
    do {
        var command = try ReviewCoach.parseAsRoot()
        try command.run()
    } catch {
        let code = ReviewCoach.exitCode(for: error)
        guard code == .validationFailure else { ReviewCoach.exitSafely(withError: error) }
        FileDescriptorSink.standardError.write(UntrustedText.terminal(ReviewCoach.fullMessage(for: error)) + "\n")
        exit(LintReply.usageExitCode)
    }
} else {
    // ReviewCoach.main(), with its messages printed through the sanitiser.
    do {
        var command = try ReviewCoach.parseAsRoot()
        try command.run()
    } catch {
        ReviewCoach.exitSafely(withError: error)
    }
}
