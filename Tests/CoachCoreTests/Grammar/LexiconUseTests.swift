import CoachCore
import CoachLexicon
import CoachText
import Foundation
import Testing

/// Every word the signal rules listen for comes from lexicon/, and every concept there is read
/// (by a signal rule or by the claim finder).
@Suite struct LexiconUseTests {
    @Test func everyLexiconConceptIsReadByARule() {
        let read = Set(SignalDetector.lexiconConceptsRead + ClaimFinder.lexiconConceptsRead + ReplyChecker.lexiconConceptsRead + ReplyRubric.lexiconConceptsRead
            + Industry.lexiconConceptsRead)
        for concept in LexiconConcept.allCases {
            #expect(read.contains(concept.rawValue), "lexicon/concepts/\(concept.rawValue).txt is read by no rule: use it or remove it")
        }
    }

    /// The token-window detectors not yet moved onto the engine, with their word lists (paths
    /// under Sources/CoachCore/Signals). Every other file of the signal code is checked; a file
    /// leaves this list when its detector moves onto the engine, and the list must shrink to empty.
    static let oldDetectors: Set<String> = [
        "Detectors/SpecificDetailDetector.swift",
        "Text/Lexicon.swift", "Text/ReviewText.swift", "Text/WordHash.swift", "Text/WordLists.swift", "Text/Words.swift",
    ]

    @Test func everyOldDetectorExemptFromTheLiteralCheckStillExists() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/CoachCore/Signals")
        for file in Self.oldDetectors {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path), "\(file) is gone: take it off the list")
        }
    }

    /// The folders of review-understanding code whose string literals must not be words the
    /// lexicon lists: the signal rules and the claim finder.
    static let understandingFolders = ["Sources/CoachCore/Signals", "Sources/CoachCore/Claims"]

    /// Every lexicon entry, each of its words of three letters or more, and their word forms:
    /// the irregular ones of `lexicon/forms/word-forms.txt` and the regular -s, -es, -ed, -d, -ing.
    static func entriesAndForms(_ source: LexiconSource) -> Set<String> {
        var entries = Set(source.entries.map(\.text))
        for e in source.entries { for w in e.text.split(separator: " ") where w.count > 2 { entries.insert(String(w)) } }
        let irregular = Dictionary(source.wordForms.map { ($0.lemma, $0.forms) }, uniquingKeysWith: +)
        for w in entries where !w.contains(" ") {
            entries.formUnion(irregular[w] ?? [])
            entries.formUnion([w + "s", w + "es", w + "ed", w + "d", w + "ing"])
        }
        return entries
    }

    @Test func aWordFormOfALexiconEntryCountsAsTheEntry() throws {
        let entries = Self.entriesAndForms(try LexiconSource(files: EmbeddedLexicon.files))
        #expect(entries.contains("took") && entries.contains("posted") && entries.contains("refunds"))
    }

    @Test func noStringLiteralInTheSignalRulesIsALexiconEntry() throws {
        let entries = Self.entriesAndForms(try LexiconSource(files: EmbeddedLexicon.files))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for folder in Self.understandingFolders {
            let dir = root.appendingPathComponent(folder)
            let all = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
            #expect(!all.isEmpty, "\(folder) is empty or gone")
            files += all.filter { !Self.oldDetectors.contains($0) }.map { dir.appendingPathComponent($0) }
        }
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\\n]|\\.)*)""#)
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let s = String(line)
                for m in literal.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
                    let word = (s as NSString).substring(with: m.range(at: 1)).lowercased()
                    #expect(!entries.contains(word), "\(file.lastPathComponent): \"\(word)\" is a lexicon entry; read it from lexicon/")
                }
            }
        }
    }
}
