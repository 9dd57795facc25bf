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
if let launch = QuickChatArguments.parse(Array(CommandLine.arguments.dropFirst())) {
    // `review-coach` alone or with the chat's common options, the usual cases, starts the chat
    // directly: the argument parser's reflection would be most of the start-up time.
    do { try launch.run() } catch { ReviewCoach.exitSafely(withError: error) }
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
