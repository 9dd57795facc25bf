// The tables themselves are generated at build time (GeneratedLexiconTables.c, by the
// EmbedLexicon plugin); a C target needs one source file of its own.
