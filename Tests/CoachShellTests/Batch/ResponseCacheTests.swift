import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// Writing responses from cached templates gives exactly the bytes of assessing each review afresh.
@Suite struct ResponseCacheTests {
    let classifier = BatchClassifier(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    /// The fast path's output for one line.
    func written(_ line: String, cache: inout ResponseCache) -> String {
        var line = line
        var json = JSONWriter()
        _ = line.withUTF8 { classifier.write(line: $0, number: 1, cache: &cache, into: &json) }
        return json.text
    }

    /// The plain path's output for one line.
    func fresh(_ line: String) -> String {
        switch classifier.classify(line: line, number: 1) {
        case .classified(let response): response.json
        case .failed(let error): error.json
        case .skipped: ""
        }
    }

    @Test func reviewsWithTheSameFactsSignalKindsClaimsAndWordingShareATemplate() {
        var cache = ResponseCache()
        let lines = [
            #"{"id":"a","review":"Cold soup."}"#,
            #"{"id":"b","review":"x","facts":{"demand":"yes"}}"#,
            #"{"id":"c","review":"Cold soup."}"#,
            #"{"id":"d","review":"x","facts":{"demand":"yes"}}"#,
            #"{"id":"e","review":"x","facts":{"customer_found":"no","our_fault":"partly"}}"#,
        ]
        for line in lines { #expect(written(line, cache: &cache) == fresh(line)) }
        #expect(cache.misses == 3)
        #expect(cache.hits == 2)
    }

    @Test func quotedEvidenceIsEachReviewsOwnEvenFromACachedTemplate() {
        var cache = ResponseCache()
        let lines = [
            #"{"id":"a","review":"Refund me in full and I will delete this review."}"#,
            #"{"id":"b","review":"Give me a free night and I'll change my rating to five stars!"}"#,
            #"{"id":"c","review":"Never been here, the owner is an idiot. Take 20% off or I post this everywhere."}"#,
            #"{"id":"d","review":"Never been, and the owner is a clown. Comp me a meal or I'll review you on every site."}"#,
        ]
        for line in lines { #expect(written(line, cache: &cache) == fresh(line)) }
        #expect(cache.hits >= 1)
    }

    @Test func badLinesWriteTheSameErrorObject() {
        var cache = ResponseCache()
        for line in [#"{"id":"a"}"#, "not json", #"{"id":"b","review":"x","facts":{"demand":"maybe"}}"#] {
            #expect(written(line, cache: &cache) == fresh(line))
        }
    }

    @Test func aFullCacheStartsAgainAndStaysCorrect() {
        var cache = ResponseCache(capacity: 1)
        let first = #"{"id":"a","review":"x","facts":{"our_fault":"yes"}}"#
        let second = #"{"id":"b","review":"x","facts":{"our_fault":"no"}}"#
        for line in [first, second, first, second] { #expect(written(line, cache: &cache) == fresh(line)) }
    }

    @Test func everyPracticeReviewWithEveryOwnerAnswerMatchesAFreshAssessment() {
        var cache = ResponseCache()
        let reviews = (try? CaseLibrary(catalog: classifier.catalog))?.cases.map(\.review) ?? []
        let factSets = ["", #","facts":{"customer_found":"yes"}"#, #","facts":{"our_fault":"partly","demand":"no"}"#,
                        #","facts":{"customer_found":"no","our_fault":"no","abusive":"yes"}"#, #","facts":{"demand":"unsure"}"#]
        var compared = 0
        for (number, review) in reviews.enumerated() {
            for facts in factSets {
                var escaped = JSONWriter()
                escaped.string(review)
                let line = #"{"id":"r\#(number)","review":"# + escaped.text + facts + "}"
                #expect(written(line, cache: &cache) == fresh(line))
                compared += 1
            }
        }
        #expect(compared >= 100)
        #expect(cache.hits > 0, "misses \(cache.misses)")
    }
}
