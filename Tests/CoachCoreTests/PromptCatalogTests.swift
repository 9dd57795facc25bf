import CoachCore
import Testing

@Suite struct PromptCatalogTests {
    @Test func entriesRunFromTheirKeyToTheNextKey() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "# comment\n[one]\nFirst line\nsecond line\n\n[two]\nTwo\n")])
        #expect(catalog.text("one") == "First line\nsecond line")
        #expect(catalog.text("two") == "Two")
    }

    @Test func aCommentAfterABlankLineEndsTheEntryAboveIt() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[one]\nFirst\n\n# --- Next section ---\n\n[two]\nTwo\n")])
        #expect(catalog.text("one") == "First")
    }

    @Test func textAfterASectionCommentOutsideAnyEntryIsAnError() {
        #expect(throws: PromptCatalogError.self) {
            try PromptCatalog(files: [("a.txt", "[one]\nFirst\n\n# section\nstray text\n")])
        }
    }

    @Test func placeholdersAreFilledAndUnknownOnesKept() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[k]\nHello {name}, {other}.")])
        #expect(catalog.text("k", ["name": "Maria"]) == "Hello Maria, {other}.")
    }

    @Test func aQuoteEndingInItsOwnPunctuationTakesNoSecondFullStop() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[k]\nThe review says: \"{quote}\". That suggests yes.")])
        #expect(catalog.text("k", ["quote": "Refund me."]) == "The review says: \"Refund me.\" That suggests yes.")
        #expect(catalog.text("k", ["quote": "Great deals!!!"]) == "The review says: \"Great deals!!!\" That suggests yes.")
        #expect(catalog.text("k", ["quote": "Why?"]) == "The review says: \"Why?\" That suggests yes.")
        #expect(catalog.text("k", ["quote": "It was cold..."]) == "The review says: \"It was cold...\" That suggests yes.")
    }

    @Test func aQuoteWithoutClosingPunctuationKeepsTheTemplatesFullStop() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[k]\nThe review says: \"{quote}\". That suggests yes.")])
        #expect(catalog.text("k", ["quote": "Refund me"]) == "The review says: \"Refund me\". That suggests yes.")
        #expect(catalog.text("k", ["quote": ""]) == "The review says: \"\". That suggests yes.")
    }

    @Test func aKeyDefinedTwiceIsAnErrorNamingBothPlaces() {
        #expect(throws: PromptCatalogError.duplicateKey("k", first: "a.txt:1", second: "b.txt:1")) {
            try PromptCatalog(files: [("a.txt", "[k]\nA"), ("b.txt", "[k]\nB")])
        }
    }

    @Test func textBeforeTheFirstKeyIsAnError() {
        #expect(throws: PromptCatalogError.textOutsideEntry(file: "a.txt", line: 1)) {
            try PromptCatalog(files: [("a.txt", "stray text\n[k]\nA")])
        }
    }

    @Test func aMissingKeyRendersVisiblyNeverSilently() {
        #expect(PromptCatalog().text("nope") == "[missing prompt: nope]")
    }

    @Test func anOverrideReplacesOnlyTheKeysItDefines() throws {
        let base = try PromptCatalog(files: [("a.txt", "[a]\nA\n[b]\nB")])
        let edited = try PromptCatalog(files: [("t.txt", "[b]\nBee")])
        let merged = base.overridden(by: edited)
        #expect(merged.text("a") == "A")
        #expect(merged.text("b") == "Bee")
    }

    @Test func placeholderNamesAreListed() {
        #expect(PromptCatalog.placeholders(in: "Hi {name}, {what_we_did} {not a name}") == ["name", "what_we_did"])
    }

    @Test func aKeyDefinedTwiceInOneFileNamesBothLines() {
        #expect(throws: PromptCatalogError.duplicateKey("k", first: "a.txt:2", second: "a.txt:5")) {
            try PromptCatalog(files: [("a.txt", "# top\n[k]\nA\n[j]\n[k]\nB")])
        }
    }

    @Test func commentsDirectlyUnderAKeyAreSkippedButLaterOnesAreText() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[k]\n# about k\nLine\n# kept\n")])
        #expect(catalog.text("k") == "Line\n# kept")
    }

    @Test func trailingSpacesAndWindowsLineEndingsAreTrimmed() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[k]  \r\nFirst  \r\nSecond\t\r\n\r\n[j]\r\nJ\r\n")])
        #expect(catalog.text("k") == "First\nSecond")
        #expect(catalog.text("j") == "J")
    }

    @Test func textIsKeptAsUnicode() throws {
        let catalog = try PromptCatalog(files: [("a.txt", "[k]\nCafé — naïve 🍮\n")])
        #expect(catalog.text("k") == "Café — naïve 🍮")
    }
}
