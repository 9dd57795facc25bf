/// The prompt files from the top-level `prompts/` folder, embedded in the binary at build time
/// (see Plugins/EmbedPrompts). Each entry is a file name relative to `prompts/` and its text.
public enum EmbeddedPrompts {
    /// Every embedded prompt file, sorted by name.
    public static var files: [(name: String, text: String)] { storage }

    /// Every entry of those files, parsed at build time (key and text, sorted by key), so the
    /// coach starts without parsing its wording.
    public static var entries: [(key: String, text: String)] { parsed }
}
