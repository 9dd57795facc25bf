import CoachCore
import CoachShell

/// Where `practice` takes its cases from (`--pack`, `--cases-file`, or the built-in pack) and
/// how `--worksheet` writes them out.
extension Practice {
    /// The largest cases file `--cases-file` reads (the 28 built-in cases are about 10 KB).
    static let casesFileLimit = 1024 * 1024

    /// The cases this run uses, read and checked; every problem becomes a message with the
    /// file and line (exit code 1), never a crash.
    func caseLibrary(_ catalog: PromptCatalog) throws -> (library: CaseLibrary, title: String) {
        do {
            if let casesFile {
                let text = try TextFile.read(casesFile, limit: Self.casesFileLimit, what: "cases", regularOnly: true)
                let library = try CaseLibrary(text: text, file: casesFile, catalog: catalog)
                return (library, library.title ?? FilePath.split(casesFile).name)
            }
            let library = try CaseLibrary(pack: pack ?? "builtin", catalog: catalog)
            return (library, library.title ?? pack ?? "builtin")
        } catch let error as CaseLibraryError {
            if case .wrongVerdicts = error {
                throw ShellError(catalog.text(PackKey.wrongVerdicts.rawValue, ["errors": error.description]))
            }
            throw ShellError(catalog.text(.practiceBadLibrary, ["error": error.description]))
        }
    }

    /// The options that chose the cases, for the summary's command: `--pack NAME` or
    /// `--cases-file PATH` (quoted when the path has anything but safe characters).
    var casesSource: String {
        if let pack { return " --pack \(pack)" }
        guard let casesFile else { return "" }
        let safe = casesFile.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+".contains($0)) }
        return " --cases-file " + (safe ? casesFile : "'" + casesFile.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'")
    }

    /// Writes the plan as a worksheet and its answer key beside it (`sheet.md` and
    /// `sheet-answers.md`), refusing to replace either without `--force`, and says so only
    /// once both are written.
    func writeWorksheet(_ plan: PracticePlan, to path: String, title: String, catalog: PromptCatalog) throws {
        let answers = Self.answersPath(for: path)
        for target in [path, answers] where !force && SafeFile.exists(target) {
            throw ShellError(catalog.text(PackKey.worksheetExists.rawValue, ["path": target]))
        }
        let sheet = PracticeWorksheet(catalog: catalog)
        try SafeFile.write(sheet.worksheet(for: plan, title: title), to: path, overwrite: force)
        try SafeFile.write(sheet.answers(for: plan, title: title), to: answers, overwrite: force)
        print(UntrustedText.terminal(catalog.text(PackKey.worksheetWritten.rawValue, ["worksheet": path, "answers": answers])))
    }

    /// `sheet.md` -> `sheet-answers.md`; a name without an extension gets `-answers` at the end.
    static func answersPath(for path: String) -> String {
        let name = FilePath.split(path).name
        let base = FilePath.removingExtension(name)
        let file = base + "-answers" + name.dropFirst(base.count)
        return String(path.dropLast(name.count)) + file
    }
}
