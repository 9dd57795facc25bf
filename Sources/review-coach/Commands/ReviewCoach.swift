import ArgumentParser

/// The `review-coach` command: the interactive coach, with subcommands for batch and teaching use.
struct ReviewCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review-coach",
        abstract: "Helps you answer one negative online review well.",
        version: "0.1.0"
    )
    func run() throws {
        print("Review Coach")
    }
}
