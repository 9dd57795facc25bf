import ArgumentParser

/// The options every command that talks to a person shares: edited wording and text width.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Use edited prompt files from this folder on top of the built-in wording.", valueName: "dir"))
    var prompts: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Wrap text at this many columns (default: the terminal's width, or 80).", valueName: "n"))
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 (got \(width)).") }
    }
}
