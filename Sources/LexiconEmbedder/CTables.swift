import CoachText

/// The lexicon's finished tables as a C file of read-only arrays (see
/// `Sources/CoachLexiconTables/include/CoachLexiconTables.h`), so the program starts with them
/// already built.
func cTables(_ t: TextLexicon.Tables) -> String {
    var c = "// Generated from lexicon/ by LexiconEmbedder. Do not edit.\n#include \"CoachLexiconTables.h\"\n\n"
    /// A C array of numbers (one placeholder element when empty: C has no empty arrays).
    func array<T: BinaryInteger>(_ name: String, _ type: String, _ values: [T], hex: Bool = false) {
        c += "static const \(type) \(name)[] = {"
        let items = values.isEmpty ? ["0"] : values.map { v -> String in
            if hex { return "0x" + String(UInt64(truncatingIfNeeded: v), radix: 16) + "ULL" }
            return String(v)
        }
        for (i, item) in items.enumerated() {
            c += i % 12 == 0 ? "\n    " : " "
            c += item + ","
        }
        c += "\n};\n"
    }
    func index(_ name: String, _ x: TextLexicon.Tables.Index) -> String {
        array(name + "_keys", "uint64_t", x.keys, hex: true)
        array(name + "_values", "int32_t", x.values)
        array(name + "_filter", "uint64_t", x.filter, hex: true)
        return "{ \(name)_keys, \(name)_values, \(x.keys.count), \(name)_filter, \(x.filter.count), \(x.filterShift)ULL }"
    }
    array("words", "uint64_t", t.words, hex: true)
    let wordIndex = index("word_index", t.index)
    array("expansions", "uint64_t", t.expansions, hex: true)
    array("phrase_elements", "uint64_t", t.phraseElements, hex: true)
    array("phrase_spans", "int32_t", t.phraseSpans)
    let vocabulary = index("vocabulary", t.vocabulary)
    let deletions = index("deletions", t.deletions)
    array("typo_shapes", "uint32_t", t.typoShapes)
    array("typo_bytes", "uint8_t", t.typoBytes)
    array("typo_starts", "int32_t", t.typoStarts)
    array("typo_lemmas", "uint64_t", t.typoLemmas, hex: true)
    // concept names are lower-case letters, digits and hyphens (lexicon file names): no escaping needed
    let names = t.conceptNames.map { $0 + "\\n" }.joined()
    c += """

    const struct CoachLexiconTables coach_lexicon_tables = {
        "\(names)",
        words, \(t.words.count),
        \(wordIndex),
        expansions, \(t.expansions.count),
        phrase_elements, \(t.phraseElements.count),
        phrase_spans, \(t.phraseSpans.count),
        \(vocabulary),
        \(deletions),
        typo_shapes, \(t.typoShapes.count),
        typo_bytes, \(t.typoBytes.count),
        typo_starts, \(t.typoStarts.count),
        typo_lemmas, \(t.typoLemmas.count),
    };

    """
    return c
}
