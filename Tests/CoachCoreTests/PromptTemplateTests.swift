import CoachCore
import Testing

@Suite struct PromptTemplateTests {
    @Test func namedSlotsAreFilledAndUnknownOnesStayAsWritten() {
        #expect(PromptTemplate("Hello {name}, {other}.").render(["name": "Maria"]) == "Hello Maria, {other}.")
    }

    @Test func aBraceWithoutAClosingBraceIsText() {
        #expect(PromptTemplate("open { only {x").render(["x": "1"]) == "open { only {x")
    }

    @Test func aBraceInsideANameMakesTheFirstBraceText() {
        #expect(PromptTemplate("{a{b}").render(["b": "X"]) == "{aX")
    }

    @Test func aQuoteEndingASentenceSwallowsTheFullStopAfterItsClosingQuote() {
        let template = PromptTemplate("It says \"{quote}\". Then more.")
        #expect(template.render("quote", "Fine.") == "It says \"Fine.\" Then more.")
        #expect(template.render("quote", "Why?") == "It says \"Why?\" Then more.")
        #expect(template.render("quote", "no stop") == "It says \"no stop\". Then more.")
    }

    @Test func adjacentSlotsAndUnicodeAreKept() {
        #expect(PromptTemplate("{a}{b} Café 🍮").render(["a": "1.", "b": "é"]) == "1.é Café 🍮")
    }

    @Test func fillingOneSlotEqualsFillingWithADictionary() {
        let template = PromptTemplate("{fact}: {value}, because \"{quote}\".")
        #expect(template.render("quote", "Refund me!") == template.render(["quote": "Refund me!"]))
    }

    @Test func theCatalogueFillsThroughTheSameRules() {
        #expect(PromptCatalog.fill("x \"{q}\".", ["q": "Done."]) == "x \"Done.\"")
        #expect(PromptCatalog.fill("no slots", ["q": "x"]) == "no slots")
    }
}
