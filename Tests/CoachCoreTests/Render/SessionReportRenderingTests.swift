import CoachCore
import Ink
import Testing

/// The `/save` and `practice --report` Markdown rendered by a real Markdown parser (Ink): no
/// HTML element, link or image in the page came from the review, the owner or the trainee.
@Suite struct SessionReportRenderingTests {
    static func html(_ markdown: String) -> String { MarkdownParser().html(from: markdown) }

    /// The start tags in the page, lower-cased, without their attributes: `h1`, `p`, `pre`.
    static func tags(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let name = rest[rest.index(after: open)...].prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty { tags.append(name.lowercased()) }
            rest = rest[rest.index(after: open)...]
        }
        return tags
    }

    /// Elements that only structure a page: headings, paragraphs, lists, quotes, code, tables.
    static let structure: Set<String> = ["h1", "h2", "h3", "p", "ul", "ol", "li", "blockquote", "pre", "code", "table", "thead", "tbody", "tr", "th", "td", "br"]

    @Test func theSavedReportRendersNoElementLinkOrImageFromTheReviewOrTheOwner() {
        let page = Self.html(SessionReportTests.report())
        #expect(Set(Self.tags(page)).subtracting(Self.structure) == [], "\(page)")
        #expect(!page.contains("<a ") && !page.contains("<img") && !page.contains("<script"))
    }

    @Test func theSavedReportRendersOnlyItsOwnHeadings() {
        let page = Self.html(SessionReportTests.report())
        let headings = Self.tags(page).filter { ["h1", "h2", "h3", "h4", "h5", "h6"].contains($0) }
        #expect(headings == ["h1", "h2", "h2", "h3", "h2", "h2"], "\(page)")
    }

    @Test func theReviewRendersAsCodeWithItsTagsShownAsText() {
        let page = Self.html(SessionReportTests.report())
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func thePracticeReportRendersNoElementLinkOrImageFromTheTrainee() {
        let markdown = PracticeReportHostileDraft.report()
        let page = Self.html(markdown)
        #expect(Set(Self.tags(page)).subtracting(Self.structure) == [], "\(page)")
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }
}
