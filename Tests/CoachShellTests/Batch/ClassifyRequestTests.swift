import CoachCore
import CoachShell
import Testing

/// Parsing one input line of `classify`.
@Suite struct ClassifyRequestTests {
    func error(_ line: String, limits: Limits = Limits()) -> ClassifyLineError? {
        do {
            _ = try ClassifyRequest.parse(line, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func aGoodLineGivesIdReviewAndOwnerFacts() throws {
        let request = try ClassifyRequest.parse(
            #"{"id":"r1","review":"Cold soup.\nSlow.","facts":{"customer_found":"yes","our_fault":"partly","demand":"no","abusive":"unsure"}}"#)
        #expect(request == ClassifyRequest(
            id: "r1", review: "Cold soup.\nSlow.",
            owner: OwnerFacts(customerFound: .yes, ourFault: .partly, demand: .no, abusive: .unsure)))
    }

    @Test func factsAreOptional() throws {
        #expect(try ClassifyRequest.parse(#"{"id":"r1","review":"x"}"#).owner == OwnerFacts())
    }

    @Test func otherMembersAreIgnored() throws {
        #expect(try ClassifyRequest.parse(#"{"id":"r1","review":"x","expect":"troll","n":[1,{"a":null}]}"#).review == "x")
    }

    @Test func escapesInTheReviewAreDecoded() throws {
        let request = try ClassifyRequest.parse(#"{"id":"r","review":"say \"hi\" \\ \u00e9 \ud83d\ude42 \t"}"#)
        #expect(request.review == "say \"hi\" \\ é 🙂 \t")
    }

    @Test func anEmptyOrBlankReviewIsAnErrorNotAVerdict() {
        for review in ["", "   ", "\\n\\t "] {
            let error = error(#"{"id":"r1","review":"\#(review)"}"#)
            #expect(error?.id == "r1")
            #expect(error?.message.contains("\"review\" is empty") == true, "review \(review)")
        }
    }

    @Test func aMissingReviewIsAnErrorThatKeepsTheId() {
        let error = error(#"{"id":"r1","text":"x"}"#)
        #expect(error?.id == "r1")
        #expect(error?.message.contains("missing \"review\"") == true)
    }

    @Test func aReviewThatIsNotAStringIsAnError() {
        let error = error(#"{"id":"r1","review":42}"#)
        #expect(error?.id == "r1")
        #expect(error?.message.contains("must be a string") == true)
        #expect(error?.message.contains("a number") == true)
    }

    @Test func anUnknownFactNameIsAnErrorListingTheKnownOnes() {
        let error = error(#"{"id":"r1","review":"x","facts":{"refund":"yes"}}"#)
        #expect(error?.message.contains("unknown fact \"refund\"") == true)
        #expect(error?.message.contains("customer_found, our_fault, demand, abusive") == true)
    }

    @Test func anUnknownFactValueIsAnErrorListingTheAcceptedOnes() {
        let error = error(#"{"id":"r1","review":"x","facts":{"our_fault":"maybe"}}"#)
        #expect(error?.message.contains("\"maybe\"") == true)
        #expect(error?.message.contains("yes, partly, no, unsure") == true)
    }

    @Test func partlyIsNotAnAnswerForYesNoFacts() {
        #expect(error(#"{"id":"r1","review":"x","facts":{"demand":"partly"}}"#) != nil)
    }

    @Test func badJSONIsAnErrorWithoutAnId() {
        let error = error(#"{"id":"r1","review":"x""#)
        #expect(error != nil)
        #expect(error?.id == nil)
        #expect(error?.message.contains("not valid JSON") == true)
    }

    @Test func aJSONValueThatIsNotAnObjectIsAnError() {
        #expect(error(#"["id","review"]"#)?.message.contains("not a JSON object") == true)
    }

    @Test func aReviewOverTheLimitIsAnErrorNamingTheLimit() {
        var limits = Limits()
        limits.reviewBytes = 10
        let error = error(#"{"id":"r1","review":"eleven byte"}"#, limits: limits)
        #expect(error?.id == "r1")
        #expect(error?.message.contains("over the limit of 10 bytes") == true)
    }

    @Test func aReviewAtTheLimitIsAccepted() throws {
        var limits = Limits()
        limits.reviewBytes = 11
        #expect(try ClassifyRequest.parse(#"{"id":"r1","review":"eleven byte"}"#, limits: limits).review == "eleven byte")
    }

    @Test func theDefaultLimitIsTwentyThousandBytes() {
        let review = String(repeating: "a", count: 20_001)
        #expect(error(#"{"id":"r1","review":"\#(review)"}"#)?.message.contains("20000") == true)
    }

    @Test func anIdThatIsNotAStringIsAnError() {
        #expect(error(#"{"id":7,"review":"x"}"#)?.message.contains("\"id\" must be a string") == true)
    }

    @Test func aMissingIdIsAllowed() throws {
        #expect(try ClassifyRequest.parse(#"{"review":"x"}"#).id == nil)
    }

    @Test func aDuplicateMemberIsAnError() {
        #expect(error(#"{"id":"r1","review":"x","review":"y"}"#)?.message.contains("twice") == true)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        var bytes = Array(#"{"id":"r","review":"a"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#""}"#.utf8)
        let request = try bytes.withUnsafeBufferPointer { try ClassifyRequest.parse($0) }
        #expect(request.review == "a\u{FFFD}(")
    }
}
