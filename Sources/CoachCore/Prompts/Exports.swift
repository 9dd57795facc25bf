// The prompt file format lives in its own pure target so the build-time PromptEmbedder can use
// it without depending on CoachCore (whose lexicon is itself generated at build time); CoachCore
// users see it as before.
@_exported import CoachPromptFormat
