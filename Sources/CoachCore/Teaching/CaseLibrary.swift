/// The practice cases a session draws from: a case pack (packs/README.md) read by
/// `CasePackParser` and checked by `CasePackCheck`. The built-in cases are the pack in
/// `[pack.builtin]` (prompts/cases.txt); the starter packs are `[pack.<name>]`; a trainer's own
/// file goes through the same reader and the same check.
public struct CaseLibrary: Sendable, Equatable {
    public var cases: [PracticeCase]
    /// The pack's title (or name) as its file gives it, for the worksheet's heading.
    public var title: String?

    public init(cases: [PracticeCase], title: String? = nil) {
        self.cases = cases
        self.title = title
    }

    /// The built-in cases.
    public init(catalog: PromptCatalog) throws(CaseLibraryError) {
        try self.init(pack: "builtin", catalog: catalog)
    }

    /// A pack that ships in the prompts, by the name `practice --pack` takes.
    public init(pack name: String, catalog: PromptCatalog) throws(CaseLibraryError) {
        guard let key = PackKey.packs[name] else { throw .unknownPack(name, known: PackKey.packs.keys.sorted()) }
        // Errors name the prompt file and the line in it, as for a trainer's file.
        let origin = catalog.origin(of: key.rawValue) ?? "[\(key.rawValue)]"
        let parts = origin.split(separator: ":")
        let file = parts.count == 2 ? String(parts[0]) : origin
        let offset = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        try self.init(text: catalog.text(key.rawValue), file: file, lineOffset: offset, catalog: catalog)
    }

    /// A trainer's pack: `text` read from `file`, whose first line is line `lineOffset + 1`.
    public init(text: String, file: String, lineOffset: Int = 0, catalog: PromptCatalog) throws(CaseLibraryError) {
        let pack: CasePack
        do {
            pack = try CasePackParser(file: file, lineOffset: lineOffset).parse(text)
        } catch {
            throw .malformed(error)
        }
        let wrong = CasePackCheck(catalog: catalog).mismatches(in: pack)
        guard wrong.isEmpty else { throw .wrongVerdicts(wrong) }
        self.cases = pack.cases
        self.title = pack.title ?? pack.name
    }
}

/// Why the case library could not be used: the pack is unknown, malformed, or expects a verdict
/// the coach's own rules do not give (never taught as a wrong answer).
public enum CaseLibraryError: Error, Equatable, CustomStringConvertible {
    case unknownPack(String, known: [String])
    case malformed(CasePackError)
    case wrongVerdicts([CasePackError])

    public var description: String {
        switch self {
        case let .unknownPack(name, known):
            "there is no pack \"\(name)\"; the packs are \(known.joined(separator: ", ")), or give your own with --cases-file FILE"
        case .malformed(let error): error.description
        case .wrongVerdicts(let errors): errors.map(\.description).joined(separator: "\n")
        }
    }
}
