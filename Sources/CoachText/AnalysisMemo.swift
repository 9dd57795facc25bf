import Synchronization

/// The last few texts the engine read, with their analyses: a review is read once for its
/// signals and again for its claims, and the second reading is then a lookup. Keyed on
/// everything an analysis depends on (the text's bytes and the lexicon, by identity), so what it
/// answers is exactly what reading the text again would give. Bounded: `size` entries, the
/// oldest replaced; shared by threads (`classify --jobs`) behind a lock.
@available(macOS 15, *)
final class AnalysisMemo: Sendable {
    static let shared = AnalysisMemo()
    /// One entry per thread of `classify --jobs` up to 4, so threads do not evict each other.
    static let size = 4
    /// Texts longer than this are not kept (a memo entry holds the text and its analysis).
    static let maxBytes = 64 * 1024

    private struct Entry {
        var lexicon: ObjectIdentifier
        var analysis: TextAnalysis
    }

    private let entries = Mutex<(list: [Entry], next: Int)>(([], 0))

    func find(_ bytes: [UInt8], _ lexicon: TextLexicon) -> TextAnalysis? {
        guard bytes.count <= Self.maxBytes else { return nil }
        let id = ObjectIdentifier(lexicon.identity)
        return entries.withLock { state in
            state.list.first { $0.lexicon == id && $0.analysis.bytes == bytes }?.analysis
        }
    }

    func store(_ analysis: TextAnalysis, _ lexicon: TextLexicon) {
        guard analysis.bytes.count <= Self.maxBytes else { return }
        let entry = Entry(lexicon: ObjectIdentifier(lexicon.identity), analysis: analysis)
        entries.withLock { state in
            if state.list.count < Self.size {
                state.list.append(entry)
            } else {
                state.list[state.next] = entry
                state.next = (state.next + 1) % Self.size
            }
        }
    }
}
