import ArgumentParser
import CoachCore
import CoachShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `practice` does for a class: the trainee's name, the JSON report, the progress store in
/// the state folder (`--adaptive` reads it, the end of a named session writes it; nothing with
/// `--incognito`), and `--progress NAME`. A store that cannot be used is reported and skipped:
/// the session and its reports never depend on it.
struct PracticeClass {
    let catalog: PromptCatalog
    let name: TraineeName?
    let jsonReport: String?
    let incognito: Bool
    let force: Bool
    let state: StateDirectory

    /// Checks the name and the JSON report's path before the first case.
    init(catalog: PromptCatalog, name: String?, jsonReport: String?, incognito: Bool, force: Bool,
         state: StateDirectory = StateDirectory()) throws {
        self.catalog = catalog
        self.name = try name.map { try Self.validName($0, option: "--name", catalog: catalog) }
        self.jsonReport = jsonReport
        self.incognito = incognito
        self.force = force
        self.state = state
        if let jsonReport {
            if !force && SafeFile.exists(jsonReport) { throw ShellError(catalog.text(ClassKey.jsonExists, ["path": jsonReport])) }
            try SafeFile.refuseLink(at: jsonReport)
            let folder = FilePath.split(jsonReport).directory
            guard access(folder, W_OK) == 0 else {
                throw ShellError(catalog.text(ClassKey.jsonUnwritable, ["path": jsonReport, "folder": folder, "error": String(cString: strerror(errno))]))
            }
        }
    }

    /// A name from the command line, or the reason it is refused.
    static func validName(_ raw: String, option: String, catalog: PromptCatalog) throws -> TraineeName {
        do { return try TraineeName(raw) } catch { throw ValidationError(error.message(option: option, catalog: catalog)) }
    }

    /// The plan for `--adaptive`: cases of the kinds missed in the last kept session first, in
    /// an order from `seed`; says which kinds it picked, or that it found none.
    func adaptivePlan(library: CaseLibrary, count: Int, seed: UInt64) -> PracticePlan {
        var pick = AdaptivePick(verdicts: [], principles: [])
        if let name {
            do {
                if let last = try ProgressStore.existing(state: state)?.sessions(of: name.text).last {
                    pick = AdaptivePick(lastSession: last)
                }
            } catch {
                say(catalog.text(ClassKey.progressUnreadable, ["error": "\(error)"]), to: .standardError)
            }
        }
        say(pick.isEmpty ? catalog.text(ClassKey.adaptiveNothing)
                         : catalog.text(ClassKey.adaptivePicked, ["kinds": pick.description(catalog: catalog)]), to: .standardOutput)
        return pick.plan(library: library, count: count, seed: seed, catalog: catalog)
    }

    /// After the session: the JSON report (said to be saved only once it is), then the
    /// progress store. False when the JSON report could not be written.
    func finish(_ practice: PracticeState) -> Bool {
        let record = PracticeRecord(state: practice, name: name?.text, date: Self.now(), toolVersion: CoachVersion.string, catalog: catalog)
        var saved = true
        if let jsonReport {
            do {
                try SafeFile.write(PracticeRecordJSON.encode(record), to: jsonReport, overwrite: force)
                say(catalog.text(ClassKey.jsonWritten, ["path": jsonReport]), to: .standardOutput)
            } catch {
                say(catalog.text(ClassKey.saveFailed, ["error": "\(error)"]), to: .standardError)
                saved = false
            }
        }
        guard let name, !incognito, !record.answered.isEmpty else { return saved }
        do {
            try ProgressStore.standard(state: state).record(record, name: name.text)
            say(catalog.text(ClassKey.progressSaved, ["name": name.text, "path": ProgressStore.path(in: state)]), to: .standardOutput)
        } catch {
            say(catalog.text(ClassKey.progressNotSaved, ["error": "\(error)"]), to: .standardError)
        }
        return saved
    }

    /// `practice --progress NAME`: the trend, wrapped to the width.
    static func showProgress(_ raw: String, catalog: PromptCatalog, width: Int?, state: StateDirectory = StateDirectory()) throws {
        let name = try validName(raw, option: "--progress", catalog: catalog)
        let sessions: [ProgressSession]
        do {
            sessions = try ProgressStore.existing(state: state)?.sessions(of: name.text) ?? []
        } catch {
            throw ShellError(catalog.text(ClassKey.progressUnreadable, ["error": "\(error)"]))
        }
        let wrapper = TextWrapper(width: StandardOutputFormat.current(width: width).width)
        let lines = ProgressTrend(catalog: catalog).lines(name: name.text, sessions: sessions)
        print(UntrustedText.terminal(lines.flatMap { $0.isEmpty ? [""] : wrapper.wrap($0) }.joined(separator: "\n")))
    }

    private func say(_ text: String, to sink: FileDescriptorSink) {
        sink.write(UntrustedText.terminal(text) + "\n")
    }

    /// Now, ISO 8601 in UTC, to the second.
    static func now() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var seconds = time.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
