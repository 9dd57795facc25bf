import CoachCore
import Testing

/// `teach --format markdown|html`: the lessons laid out for print, with the catalogue's text
/// (which a trainer's prompts folder may replace) never read as markup.
@Suite struct HandoutRendererTests {
    let hostile = #"<script>alert("x")</script> & 'quoted' <b onclick="steal()">"#

    /// The shipped catalogue with lesson P7's review replaced by `text`.
    func catalog(review text: String) -> PromptCatalog {
        let extra = try! PromptCatalog(files: [("x.txt", "[lesson.P7.example.review]\n\(text)\n")])
        return shippedCatalog().overridden(by: extra)
    }

    func html(_ text: String) -> String {
        HandoutRenderer(catalog: catalog(review: text)).document([Lesson(principle: .p7, catalog: catalog(review: text))], format: .html)
    }

    @Test func reviewTextInTheHTMLCannotOpenATag() {
        let page = html(hostile)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b "))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
    }

    @Test func reviewTextInTheHTMLCannotEndAnAttribute() {
        let page = html(#"" onmouseover="steal()"#)
        #expect(!page.contains(#"" onmouseover=""#))
        #expect(page.contains("&quot; onmouseover=&quot;steal()"))
    }

    @Test func theHTMLPageIsSelfContained() {
        let page = HandoutRenderer(catalog: shippedCatalog()).document(Lesson.all(catalog: shippedCatalog()), format: .html)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("src="))
        #expect(!page.contains("<link"))
        #expect(page.components(separatedBy: "<section").count - 1 == Principle.allCases.count)
    }

    @Test func markdownQuotesTheRepliesAndEscapesTheirMarkup() {
        let text = "**bold** <i>x</i>"
        let document = HandoutRenderer(catalog: catalog(review: text)).document([Lesson(principle: .p7, catalog: catalog(review: text))], format: .markdown)
        #expect(!document.contains("> **bold**"))
        #expect(document.contains("## "))
    }

    @Test func everyLessonHasAHeadingInTheMarkdownHandout() {
        let document = HandoutRenderer(catalog: shippedCatalog()).document(Lesson.all(catalog: shippedCatalog()), format: .markdown)
        #expect(document.components(separatedBy: "\n## ").count - 1 == Principle.allCases.count)
    }
}
