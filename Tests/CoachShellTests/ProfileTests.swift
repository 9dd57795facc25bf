import CoachCore
import CoachPrompts
import CoachShell
import Foundation
import Testing

/// The owner profile's one JSON shape, its store in the state folder, and its use in classify.
@Suite struct ProfileTests {
    let full = OwnerProfile(business: "Pizzeria Roma", industry: .restaurant, signature: "Maria, owner",
                            contact: "call the shop and ask for Maria", listings: ["https://g.page/roma"])

    func scratch() -> StateDirectory {
        StateDirectory(environment: ["XDG_STATE_HOME": NSTemporaryDirectory() + "profile-test-\(UUID().uuidString)"])
    }

    @Test func aProfileSurvivesEncodingAndParsing() throws {
        #expect(try ProfileJSON.parse(ProfileJSON.encode(full)) == full)
    }

    @Test func everyMemberIsOptional() throws {
        #expect(try ProfileJSON.parse("{}") == OwnerProfile())
        #expect(try ProfileJSON.parse(#"{"signature": "Sam"}"#) == OwnerProfile(signature: "Sam"))
    }

    @Test(arguments: [#"{"industry": "pizza"}"#, #"{"contact": "book at www.roma.it"}"#, #"{"nickname": "x"}"#,
                      #"{"listings": "one"}"#, #"{"listings": ["not a url"]}"#, #"{"signature": 3}"#, "[]", "{"])
    func aWrongProfileIsRefusedWithAReason(_ text: String) {
        #expect(throws: ProfileError.self) { try ProfileJSON.parse(text) }
    }

    @Test(arguments: ["https://www.yelp.com/biz/pizza-roma", "yelp.com/biz/pizza-roma", " https://g.page/roma "])
    func aListingIsOneWebAddress(_ link: String) throws {
        #expect(try ProfileJSON.listing(link) == link.split(separator: " ").joined())
    }

    @Test(arguments: ["not a url", "", "see https://g.page/roma", "Pizza Roma on Google"])
    func aListingThatIsNotOneWebAddressIsRefused(_ link: String) {
        #expect(throws: ProfileError.self) { try ProfileJSON.listing(link) }
    }

    @Test func anEmptyCommandLineMemberIsRefusedNotStoredAsABlank() throws {
        #expect(throws: ProfileError.self) { try ProfileJSON.nonEmpty("  ", option: "signature") }
        #expect(try ProfileJSON.nonEmpty(nil, option: "signature") == nil)
        #expect(try ProfileJSON.nonEmpty("Sam", option: "signature") == "Sam")
    }

    @Test func theStoredProfileIsPrivateToTheOwner() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        try ProfileStore.save(full, in: folder)
        let attributes = try FileManager.default.attributesOfItem(atPath: ProfileStore.path(in: folder))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try ProfileStore.read(from: folder) == full)
    }

    @Test func noStoredProfileReadsAsAnEmptyOne() throws {
        #expect(try ProfileStore.read(from: scratch()) == OwnerProfile())
    }

    @Test func aClassifyLineMayBringItsProfile() throws {
        let request = try ClassifyRequest.parse(#"{"id": "r1", "review": "Cold soup.", "profile": {"signature": "Sam"}}"#)
        #expect(request.profile == OwnerProfile(signature: "Sam"))
    }

    @Test func aClassifyLineWithALinkInItsContactIsAnError() {
        #expect(throws: ClassifyLineError.self) {
            try ClassifyRequest.parse(#"{"review": "Cold soup.", "profile": {"contact": "www.roma.it"}}"#)
        }
    }

    @Test func theClassifiersProfileSignsRepliesAndALinesOwnWins() throws {
        let classifier = BatchClassifier(catalog: try PromptCatalog(files: EmbeddedPrompts.files), profile: OwnerProfile(signature: "Maria, owner"))
        #expect(classifier.assess(ClassifyRequest(id: nil, review: "Cold soup.")).reply.hasSuffix("Maria, owner"))
        let own = ClassifyRequest(id: nil, review: "Cold soup.", profile: OwnerProfile(signature: "Sam"))
        #expect(classifier.assess(own).reply.hasSuffix("Sam"))
    }

    @Test func aLinesIndustryWordsItsReply() throws {
        let classifier = BatchClassifier(catalog: try PromptCatalog(files: EmbeddedPrompts.files))
        let request = try ClassifyRequest.parse(#"{"review": "Rude receptionist.", "profile": {"industry": "healthcare"}}"#)
        #expect(classifier.assess(request).reply.contains("privacy"))
    }

    @Test func theCachedPathGivesTheSameBytesForLinesWithAndWithoutAProfile() throws {
        let classifier = BatchClassifier(catalog: try PromptCatalog(files: EmbeddedPrompts.files))
        var cache = ResponseCache()
        for line in [#"{"id": "a", "review": "Cold soup."}"#, #"{"id": "b", "review": "Cold soup.", "profile": {"signature": "Sam"}}"#] {
            var json = JSONWriter()
            var bytes = line
            _ = bytes.withUTF8 { classifier.write(line: $0, number: 1, cache: &cache, into: &json) }
            guard case .classified(let response) = classifier.classify(line: line, number: 1) else { Issue.record("not classified"); continue }
            #expect(json.text == response.json)
        }
    }
}

@Suite struct ProfileKeptMessageTests {
    @Test func onlyTheMembersASessionAddsOrChangesAreNamedAsKept() {
        let before = OwnerProfile(business: "Roma", signature: "Sam")
        let after = OwnerProfile(business: "Roma", industry: .other, signature: "Sam, owner")
        #expect(ProfileView.changedMembers(from: before, to: after) == ["industry", "signature"])
    }

    @Test func aSessionThatLearnsNothingNamesNothing() {
        let profile = OwnerProfile(business: "Roma", industry: .restaurant)
        #expect(ProfileView.changedMembers(from: profile, to: profile).isEmpty)
    }
}
