import CoachLexicon
import CoachText
import Foundation
import Testing

@Suite struct LexiconFileTests {
    @Test func theShippedLexiconHasNoProblems() {
        #expect(LexiconSource.problems(in: EmbeddedLexicon.files).map(\.description) == [])
    }

    @Test func theTablesBuiltAtBuildTimeAreThoseCompiledFromTheShippedFiles() throws {
        let compiled = TextLexicon(try LexiconSource(files: EmbeddedLexicon.files))
        #expect(EmbeddedLexicon.shared.tables == compiled.tables)
    }

    @Test func aLexiconTakenFromItsTablesReadsATextAsTheOneItWasCompiledFrom() throws {
        let compiled = TextLexicon(try LexiconSource(files: EmbeddedLexicon.files))
        let text = "I didn't get my refund of $50, so I'll post reviews evrywhere unless you pay me fifty dollars."
        let a = TextAnalysis(text, lexicon: compiled), b = TextAnalysis(text, lexicon: TextLexicon(tables: compiled.tables))
        #expect(a.tokens.map(\.lemma) == b.tokens.map(\.lemma))
        #expect(a.tokens.map(\.flags.rawValue) == b.tokens.map(\.flags.rawValue))
        #expect(a.matches == b.matches)
    }

    @Test func theShippedLexiconFitsAConceptSetWithRoomForTheMissingConcept() throws {
        let source = try LexiconSource(files: EmbeddedLexicon.files)
        #expect(source.conceptNames.count < ConceptSet.capacity)
    }

    @Test func aConceptSetHoldsEveryIdUpToItsCapacity() {
        var set = ConceptSet()
        for id in stride(from: 0, to: ConceptSet.capacity, by: 2) { set.insert(Concept(id: id)) }
        for id in 0..<ConceptSet.capacity { #expect(set.contains(Concept(id: id)) == id.isMultiple(of: 2)) }
    }

    @Test func aMalformedEntryIsReportedWithItsFileAndLine() {
        let problems = LexiconSource.problems(in: [(name: "concepts/x.txt", text: "# c\nGift Card\n")])
        #expect(problems.map(\.description) == ["concepts/x.txt:2: malformed entry 'Gift Card': lower-case words separated by single spaces"])
    }

    @Test func aDuplicateEntryIsReported() {
        let problems = LexiconSource.problems(in: [(name: "concepts/x.txt", text: "refund\nrefund\n")])
        #expect(problems.map(\.line) == [2])
    }

    @Test func aMalformedWeightLineIsReportedWithItsFileAndLine() {
        let problems = LexiconSource.problems(in: [(name: "weights/x.txt", text: "# w\nfood_safety stomach heavy\n")])
        #expect(problems.map(\.description) == ["weights/x.txt:2: malformed weight 'food_safety stomach heavy': expected 'label word weight'"])
    }

    @Test func aWordWeightedTwiceForOneLabelIsReported() {
        let problems = LexiconSource.problems(in: [(name: "weights/x.txt", text: "pests mouse 1.5\npests mouse 0.5\n")])
        #expect(problems.map(\.line) == [2])
    }

    @Test func aFileOutsideConceptsAndFormsIsReported() {
        #expect(!LexiconSource.problems(in: [(name: "x.txt", text: "refund\n")]).isEmpty)
    }

    @Test func everyConceptFileIsACaseOfLexiconConcept() {
        #expect(EmbeddedLexicon.shared.conceptNames == LexiconConcept.allCases.map(\.rawValue).sorted())
    }

    @Test func everyNotATypoWordIsOneLetterFromALexiconWord() throws {
        let source = try LexiconSource(files: EmbeddedLexicon.files)
        let words = Set(source.entries.flatMap { $0.text.split(separator: " ").map(String.init) } + source.wordForms.flatMap { [$0.lemma] + $0.forms })
        for w in source.notTypos {
            let near = words.contains { $0.count >= 5 && isOneEdit(w, $0) }
            #expect(near, "\(w) is not one letter from any lexicon word of five letters or more: run scripts/lexicon-not-typos")
        }
    }

    @Test func everyEntryMatchesItselfAsWritten() throws {
        let source = try LexiconSource(files: EmbeddedLexicon.files)
        for e in source.entries where !e.text.contains("<") {
            let a = analyse(e.text.replacingOccurrences(of: "...", with: "it"))
            #expect(a.mentions(LexiconConcept(rawValue: e.concept)!), "\(e.file):\(e.line) '\(e.text)' does not match itself")
        }
    }
}

/// One letter changed, added, removed, or two neighbours swapped.
private func isOneEdit(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    if x == y { return false }
    if x.count == y.count {
        let d = (0..<x.count).filter { x[$0] != y[$0] }
        return d.count == 1 || (d.count == 2 && d[1] == d[0] + 1 && x[d[0]] == y[d[1]] && x[d[1]] == y[d[0]])
    }
    let (l, s) = x.count > y.count ? (x, y) : (y, x)
    guard l.count == s.count + 1 else { return false }
    var i = 0
    while i < s.count && l[i] == s[i] { i += 1 }
    return Array(l[(i + 1)...]) == Array(s[i...])
}
