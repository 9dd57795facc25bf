// The lexicon's finished matching tables, written as C data at build time by LexiconEmbedder
// (plugin EmbedLexicon) from lexicon/: read-only data in the binary, so the program builds no
// table at start. Layout: see TextLexicon.Tables in Sources/CoachText.
#ifndef COACH_LEXICON_TABLES_H
#define COACH_LEXICON_TABLES_H
#include <stddef.h>
#include <stdint.h>

/// One finished hash table (TextLexicon.Tables.Index).
struct CoachLexiconIndex {
    const uint64_t *keys;
    const int32_t *values;
    size_t count;
    const uint64_t *filter;
    size_t filterCount;
    uint64_t filterShift;
};

/// Every table of TextLexicon.Tables, each with its length.
struct CoachLexiconTables {
    const char *conceptNames;  // one name a line
    const uint64_t *words; size_t wordsCount;
    struct CoachLexiconIndex index;
    const uint64_t *expansions; size_t expansionsCount;
    const uint64_t *phraseElements; size_t phraseElementsCount;
    const int32_t *phraseSpans; size_t phraseSpansCount;
    struct CoachLexiconIndex vocabulary;
    struct CoachLexiconIndex deletions;
    const uint32_t *typoShapes; size_t typoShapesCount;
    const uint8_t *typoBytes; size_t typoBytesCount;
    const int32_t *typoStarts; size_t typoStartsCount;
    const uint64_t *typoLemmas; size_t typoLemmasCount;
};

extern const struct CoachLexiconTables coach_lexicon_tables;

#endif
