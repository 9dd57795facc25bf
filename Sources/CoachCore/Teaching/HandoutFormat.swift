/// How `teach` writes the lessons: as the terminal shows them, as Markdown to print, or as one
/// self-contained HTML page.
public enum HandoutFormat: String, CaseIterable, Sendable {
    case text, markdown, html
}
