/// The lessons as a handout (`teach --format markdown|html`): the same words as on the
/// terminal, laid out for print. Every piece of catalogue text (which a trainer's `--prompts`
/// folder may replace) is escaped for the format, so only the handout's own structure is
/// markup. Pure: the shell decides where the document goes.
public struct HandoutRenderer: Sendable {
    public let catalog: PromptCatalog

    public init(catalog: PromptCatalog) { self.catalog = catalog }

    /// The document for these lessons (all of them, with the introduction, when `lessons` is
    /// every principle in order).
    public func document(_ lessons: [Lesson], format: HandoutFormat) -> String {
        let intro = lessons.count == Principle.allCases.count ? catalog.text(.teachIntro) : nil
        switch format {
        case .markdown: return markdown(lessons, intro: intro)
        case .html: return html(lessons, intro: intro)
        case .text:
            let renderer = LessonRenderer(catalog: catalog)
            let lines = intro.map { StyledLine.lines(.hint, $0) + [StyledLine(.plain, "")] } ?? []
            let body = lessons.enumerated().flatMap { index, lesson in
                (index > 0 ? [StyledLine(.plain, "")] : []) + renderer.render(lesson)
            }
            return (lines + body).map(\.text).joined(separator: "\n") + "\n"
        }
    }

    // MARK: - Markdown

    private func markdown(_ lessons: [Lesson], intro: String?) -> String {
        var out = "# " + UntrustedText.markdown(catalog.text(.handoutTitle)) + "\n\n"
        if let intro { out += UntrustedText.markdown(intro) + "\n\n" }
        for lesson in lessons {
            let values = values(for: lesson)
            out += "## " + UntrustedText.markdown(catalog.text(.lessonHeading, values)) + "\n\n"
            out += UntrustedText.markdown(lesson.statement) + "\n\n"
            out += "*" + UntrustedText.markdown(catalog.text(.lessonSource, values)) + "*\n\n"
            for (key, text) in parts(of: lesson) {
                out += "**" + UntrustedText.markdown(catalog.text(key)) + "**\n\n"
                out += key == .lessonWhy ? UntrustedText.markdown(text) + "\n\n" : quoted(text) + "\n\n"
            }
            out += "---\n\n"
        }
        return out
    }

    /// Each line a quoted line, ending in two spaces so the printed lines break where the
    /// reply's do.
    private func quoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + UntrustedText.markdown(String($0)) + "  " }.joined(separator: "\n")
    }

    // MARK: - HTML

    private func html(_ lessons: [Lesson], intro: String?) -> String {
        let title = HTMLText.escape(catalog.text(.handoutTitle))
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            body { font-family: Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #111; }
            h1 { font-size: 1.7em; } h2 { font-size: 1.25em; margin-top: 0; }
            section { border-top: 1px solid #999; padding-top: 1em; margin-top: 1.5em; }
            blockquote { margin: 0.4em 0 1em 1em; padding-left: 0.8em; border-left: 3px solid #bbb; white-space: pre-wrap; }
            .wrong { border-left-color: #c33; } .right { border-left-color: #393; }
            .source { font-style: italic; color: #444; }
            @media print { section { page-break-inside: avoid; } body { margin: 0; } }
            </style>
            </head>
            <body>
            <h1>\(title)</h1>

            """
        if let intro { out += paragraphs(intro) }
        for lesson in lessons {
            let values = values(for: lesson)
            out += "<section id=\"\(HTMLText.escape(lesson.principle.rawValue))\">\n"
            out += "<h2>" + HTMLText.escape(catalog.text(.lessonHeading, values)) + "</h2>\n"
            out += paragraphs(lesson.statement)
            out += "<p class=\"source\">" + HTMLText.escape(catalog.text(.lessonSource, values)) + "</p>\n"
            for (key, text) in parts(of: lesson) {
                out += "<h3>" + HTMLText.escape(catalog.text(key)) + "</h3>\n"
                switch key {
                case .lessonWhy: out += paragraphs(text)
                case .lessonWrong: out += "<blockquote class=\"wrong\">" + HTMLText.escape(text) + "</blockquote>\n"
                case .lessonRight: out += "<blockquote class=\"right\">" + HTMLText.escape(text) + "</blockquote>\n"
                default: out += "<blockquote>" + HTMLText.escape(text) + "</blockquote>\n"
                }
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    private func paragraphs(_ text: String) -> String {
        text.split(separator: "\n").map { "<p>" + HTMLText.escape(String($0)) + "</p>\n" }.joined()
    }

    // MARK: - Shared

    /// The worked example's parts, each under its heading key, in order.
    private func parts(of lesson: Lesson) -> [(TeachingKey, String)] {
        [(.lessonReview, lesson.review), (.lessonWrong, lesson.wrongReply), (.lessonRight, lesson.rightReply), (.lessonWhy, lesson.why)]
    }

    private func values(for lesson: Lesson) -> [String: String] { LessonRenderer(catalog: catalog).values(for: lesson) }
}
