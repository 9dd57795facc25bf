import CoachCore
import CoachPrompts
import CoachShell
import Testing

/// Reusing responses for reviews with the same facts and signals gives the same lines as assessing each.
@Suite struct ResponseCacheTests {
    let classifier = BatchClassifier(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    func outcome(_ line: String, cache: inout ResponseCache) -> BatchClassifier.Outcome {
        var line = line
        return line.withUTF8 { classifier.classify(line: $0, number: 1, cache: &cache) }
    }

    @Test func aCachedResponseIsTheSameAsAFreshOneWithItsOwnId() {
        var cache = ResponseCache()
        let lines = [
            #"{"id":"a","review":"Cold soup."}"#,
            #"{"id":"b","review":"Other text.","facts":{"demand":"yes"}}"#,
            #"{"id":"c","review":"Cold soup again."}"#,
            #"{"id":"d","review":"x","facts":{"demand":"yes"}}"#,
            #"{"id":"e","review":"x","facts":{"customer_found":"no","our_fault":"partly"}}"#,
        ]
        for line in lines {
            #expect(outcome(line, cache: &cache) == classifier.classify(line: line, number: 1))
        }
        #expect(cache.misses == 3)
        #expect(cache.hits == 2)
    }

    @Test func aFullCacheStartsAgainAndStaysCorrect() {
        var cache = ResponseCache(capacity: 1)
        let first = #"{"id":"a","review":"x","facts":{"our_fault":"yes"}}"#
        let second = #"{"id":"b","review":"x","facts":{"our_fault":"no"}}"#
        for line in [first, second, first, second] {
            #expect(outcome(line, cache: &cache) == classifier.classify(line: line, number: 1))
        }
    }
}
