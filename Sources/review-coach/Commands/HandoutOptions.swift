import ArgumentParser
import CoachCore
import CoachShell
import SystemPackage

/// `teach --format` and `--output`: the lessons as a handout, to the screen or a file.
struct HandoutOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "text (as on the screen), markdown (to print or edit) or html (one self-contained web page).", valueName: "format"))
    var format: HandoutFormat = .text

    @Option(help: ArgumentHelp("Write the lessons to this file instead of the screen (it must not exist yet).", valueName: "file"))
    var output: String?

    @Flag(help: "Let --output replace an existing file.")
    var force = false

    func validate() throws {
        if force && output == nil { throw ValidationError("--force only applies with --output FILE.") }
    }

    /// Whether the lessons go out as a document (a format for print, or a file) rather than
    /// as the terminal shows them.
    var writesDocument: Bool { format != .text || output != nil }

    /// Writes the document to the file, or standard output; says it saved only once it has.
    func write(_ lessons: [Lesson], catalog: PromptCatalog) throws {
        let document = HandoutRenderer(catalog: catalog).document(lessons, format: format)
        guard let output else { return FileDescriptorSink.standardOutput.write(document) }
        if !force && SafeFile.exists(output) { throw ShellError(catalog.text(.handoutExists, ["path": output])) }
        try SafeFile.write(document, to: output, overwrite: force, permissions: [.ownerReadWrite, .groupRead, .otherRead])
        print(UntrustedText.terminal(catalog.text(.handoutSaved, ["path": output, "format": format.rawValue])))
    }
}

extension HandoutFormat: ExpressibleByArgument {}
