/// The practice cases found in the prompt catalogue: every `case.<digits>.*` group, in number
/// order. A trainer adds a case by adding its keys to a prompt file; no Swift changes.
public struct CaseLibrary: Sendable, Equatable {
    public var cases: [PracticeCase]

    public init(cases: [PracticeCase]) { self.cases = cases }

    /// Reads every case in the catalogue; fails on the first case with a missing part or a bad
    /// facts line, naming it.
    public init(catalog: PromptCatalog) throws(CaseLibraryError) {
        var cases: [PracticeCase] = []
        for id in Self.caseIDs(in: catalog) {
            var parts: [CasePart: String] = [:]
            for part in CasePart.allCases {
                guard let text = catalog.entries[part.key(forCase: id)], !text.trimmingWhitespace().isEmpty else {
                    throw .missingPart(caseID: id, part: part)
                }
                parts[part] = text
            }
            let facts: OwnerFacts
            do {
                facts = try CaseFacts.parse(parts[.facts]!)
            } catch {
                throw .badFacts(caseID: id, error)
            }
            cases.append(PracticeCase(
                id: id, review: parts[.review]!, facts: facts, context: parts[.context]!, note: parts[.note]!))
        }
        self.cases = cases
    }

    /// The ids of the cases the catalogue has any key for, ordered by number.
    public static func caseIDs(in catalog: PromptCatalog) -> [String] {
        var ids: Set<String> = []
        for key in catalog.entries.keys where key.hasPrefix("case.") {
            let pieces = key.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 3, !pieces[1].isEmpty, pieces[1].allSatisfy(\.isASCII),
                pieces[1].allSatisfy(\.isNumber)
            else { continue }
            ids.insert(String(pieces[1]))
        }
        return ids.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
    }
}

/// Why the case library could not be read, naming the case and the key to fix.
public enum CaseLibraryError: Error, Equatable, CustomStringConvertible {
    case missingPart(caseID: String, part: CasePart)
    case badFacts(caseID: String, CaseFactsError)

    public var description: String {
        switch self {
        case let .missingPart(id, part):
            "practice case \(id) has no [\(part.key(forCase: id))]; every case needs review, facts, context and note"
        case let .badFacts(id, error):
            "[\(CasePart.facts.key(forCase: id))]: \(error)"
        }
    }
}
