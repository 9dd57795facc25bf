/// The prompt files from the top-level `prompts/` folder, embedded in the binary at build time
/// (see Plugins/EmbedPrompts). Each entry is a file name relative to `prompts/` and its text.
public enum EmbeddedPrompts {
    /// Every embedded prompt file, sorted by name.
    public static var files: [(name: String, text: String)] { storage }
}
