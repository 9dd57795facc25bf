import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// classify's claim contract: the claims found, the owner's stance per claim, the channel, the
/// details that win over the profile, and the short and full replies.
@Suite struct ClassifyClaimsTests {
    let classifier = BatchClassifier(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    func respond(_ line: String) throws -> ClassifyResponse {
        guard case .classified(let response) = classifier.classify(line: line, number: 1) else {
            Issue.record("not classified: \(line)")
            throw CancellationError()
        }
        return response
    }

    @Test func claimsAreListedMostSeriousFirstWithTheirStance() throws {
        let r = try respond(#"{"id":"h1","review":"The receptionist was rude. We found bedbugs in the bed.","claims":[{"category":"pests","stance":"false","note":"our pest-control visit on Monday found nothing"}]}"#)
        #expect(r.claims.map(\.claim.category) == [.pests, .staffConduct])
        #expect(r.claims.map(\.answer.stance) == [.false, .unknown])
        #expect(r.claims[0].claim.text == "We found bedbugs in the bed")
        #expect(r.reply.contains("Our pest-control visit on Monday found nothing."))
        #expect(r.replies.map(\.style) == ["short", "full"])
        #expect(r.reply == r.replies[1].text)
    }

    @Test func aClaimIsNamedByIdToo() throws {
        let r = try respond(#"{"review":"We waited two hours for a table.","claims":[{"id":"c1","stance":"partly","note":"the kitchen was slow that night"}]}"#)
        #expect(r.claims.first?.answer.stance == .partly)
        #expect(r.reply.contains("The kitchen was slow that night."))
        #expect(!r.reply.contains("You're right"))
    }

    @Test func aPrivateMessageGetsNoReplyAndSaysSo() throws {
        let r = try respond(#"{"review":"Refund my meal or I post a one-star review.","channel":"private_message"}"#)
        #expect(r.replies.isEmpty && r.reply.isEmpty)
        #expect(r.json.contains(#""replies":[],"reply":"""#))
    }

    @Test func detailsWinOverTheProfile() throws {
        // what was done is said for a claim the owner owns
        let r = try respond(#"{"review":"Cold soup.","profile":{"signature":"Sam"},"claims":[{"category":"quality","stance":"true"}],"details":{"name":"Maria, owner","what_we_did":"we now check every bowl"}}"#)
        #expect(r.reply.hasSuffix("Maria, owner"))
        #expect(r.reply.contains("We now check every bowl."))
    }

    @Test(arguments: [
        #"{"review":"x","channel":"fax"}"#, #"{"review":"x","claims":[{"category":"noise","stance":"true"}]}"#,
        #"{"review":"x","claims":[{"id":"c1","stance":"maybe"}]}"#, #"{"review":"x","claims":[{"stance":"true"}]}"#,
        #"{"review":"x","details":{"mood":"calm"}}"#, #"{"review":"x","claims":{"c1":"true"}}"#,
    ])
    func aBadReplyInputIsAnErrorThatSaysWhatToWrite(_ line: String) {
        guard case .failed(let error) = classifier.classify(line: line, number: 3) else {
            Issue.record("accepted: \(line)")
            return
        }
        #expect(error.line == 3 && !error.error.isEmpty)
    }
}
