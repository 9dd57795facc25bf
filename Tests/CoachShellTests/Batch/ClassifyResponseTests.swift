import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// Encoding the output lines of `classify`.
@Suite struct ClassifyResponseTests {
    let catalog = try! PromptCatalog(files: EmbeddedPrompts.files)

    func response(id: String?, review: String = "Cold soup.", owner: OwnerFacts = OwnerFacts()) -> ClassifyResponse {
        BatchClassifier(catalog: catalog).respond(to: ClassifyRequest(id: id, review: review, owner: owner))
    }

    func keys(_ json: String) throws -> [String] {
        guard case .object(let members) = try JSONLineParser.parse(json) else { return [] }
        return members.map(\.key)
    }

    @Test func keysAreInTheContractOrder() throws {
        #expect(try keys(response(id: "r1").json) == [
            "id", "classification", "facts", "signals", "subkind", "subkind_evidence", "claims", "reasons", "principles", "replies", "reply",
            "next_steps",
        ])
    }

    @Test func factsAreInContractOrderWithValueThenSource() throws {
        let json = response(id: "r1", owner: OwnerFacts(demand: .yes)).json
        #expect(json.contains(#""facts":{"customer_found":{"value":"unsure","source":"default"},"our_fault":{"value":"unsure","source":"default"},"demand":{"value":"yes","source":"owner"},"abusive":{"value":"unsure","source":"default"}}"#))
    }

    @Test func signalsAreKindThenText() {
        var response = response(id: "r1")
        response.signals = [(kind: "demand", text: "or else")]
        #expect(response.json.contains(#""signals":[{"kind":"demand","text":"or else"}]"#))
    }

    @Test func aGenuineGrievanceHasANullSubkindAndNoEvidence() {
        #expect(response(id: "r1").json.contains(#""subkind":null,"subkind_evidence":[]"#))
    }

    @Test func aThirdPartyDemandIsAnExtortionScamQuotingItsCue() {
        let json = response(id: "r1", review: "Someone ordered me to post 35 negative reviews on your profile. I just posted 1.").json
        #expect(json.contains(#""subkind":"extortion_scam","subkind_evidence":[{"cue":"third_party","text":"ordered me"}]"#), "\(json)")
    }

    @Test func theReviewersOwnDemandIsACustomerDemandQuotingIt() {
        let json = response(id: "r1", review: "Refund me or the 1 star stays.").json
        #expect(json.contains(#""subkind":"customer_demand","subkind_evidence":[{"cue":"demand","#), "\(json)")
    }

    @Test func theTemplatedAndTheDirectEncodingAgreeOnSubkinds() {
        let request = ClassifyRequest(id: "r1", review: "Former employee here. Management is toxic.", owner: OwnerFacts())
        let classifier = BatchClassifier(catalog: catalog)
        #expect(classifier.respond(to: request).json.contains(#""subkind":"conflict_of_interest""#))
    }

    @Test func theLineStartsWithTheIdAndTheClassification() {
        #expect(response(id: "r1", owner: OwnerFacts(demand: .yes)).json.hasPrefix(#"{"id":"r1","classification":"threat_based","#))
    }

    @Test func aMissingIdIsWrittenAsNull() {
        #expect(response(id: nil).json.hasPrefix(#"{"id":null,"#))
    }

    @Test func principlesAreTheAssessmentsRawValues() {
        let request = ClassifyRequest(id: "r", review: "x", owner: OwnerFacts(demand: .yes))
        let classifier = BatchClassifier(catalog: catalog)
        #expect(classifier.respond(to: request).principles == classifier.assess(request).principles.map(\.rawValue))
    }

    @Test func reasonsAndNextStepsAreTheRenderersSentences() {
        let request = ClassifyRequest(id: "r", review: "x")
        let classifier = BatchClassifier(catalog: catalog)
        let assessment = classifier.assess(request)
        let renderer = EventRenderer(catalog: catalog)
        let response = classifier.respond(to: request)
        #expect(response.reasons == renderer.reasons(for: assessment))
        #expect(response.nextSteps == renderer.nextSteps(assessment.nextSteps))
    }

    @Test func theReplyUsesDefaultDetails() {
        let request = ClassifyRequest(id: "r", review: "x")
        let expected = Assessment(signals: [], owner: OwnerFacts(), details: ReplyDetails(), catalog: catalog).reply
        #expect(BatchClassifier(catalog: catalog).respond(to: request).reply == expected)
    }

    @Test func quotesAndBackslashesAreEscaped() {
        #expect(response(id: #"say "hi" \ bye"#).json.hasPrefix(#"{"id":"say \"hi\" \\ bye","#))
    }

    @Test func controlCharactersAreEscaped() {
        let json = response(id: "a\nb\tc\r\u{0}\u{1F}\u{8}\u{C}").json
        #expect(json.hasPrefix(#"{"id":"a\nb\tc\r\u0000\u001f\b\f","#))
    }

    @Test func accentsAndEmojiStayAsUTF8() {
        let json = response(id: "café 🙂").json
        #expect(json.hasPrefix(#"{"id":"café 🙂","#))
        #expect(Array(json.utf8).starts(with: Array(#"{"id":"caf"#.utf8) + [0xC3, 0xA9, 0x20, 0xF0, 0x9F, 0x99, 0x82]))
    }

    @Test func theReplysNewlinesAreEscapedSoTheOutputIsOneLine() {
        #expect(!response(id: "r").json.contains("\n"))
    }

    @Test func writtenStringsParseBackToTheSameText() throws {
        let text = "quote \" backslash \\ slash / nul \u{0} del \u{7F} line\u{2028}sep é 🙂"
        var writer = JSONWriter()
        writer.string(text)
        #expect(try JSONLineParser.parse(writer.text) == .string(text))
    }
}
