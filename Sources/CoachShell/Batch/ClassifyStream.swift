import CoachCore

/// Runs `classify` over a stream: reads lines in chunks, classifies each, writes one output line
/// per non-blank input line, in order, flushing whenever the input has no more complete lines ready.
public enum ClassifyStream {
    /// What a run did.
    public struct Summary: Sendable, Equatable {
        /// Output lines written (one per non-blank input line).
        public var lines = 0
        /// Lines that gave an error object.
        public var failed = 0

        public init(lines: Int = 0, failed: Int = 0) {
            self.lines = lines
            self.failed = failed
        }

        /// Counts what `write` did with one line.
        mutating func count(_ written: BatchClassifier.Written) {
            switch written {
            case .skipped: return
            case .classified: break
            case .failed: failed += 1
            }
            lines += 1
        }
    }

    /// Classifies every line from `reader` into `writer`.
    public static func run(
        reader: ChunkedLineReader, writer: BufferedWriter, classifier: BatchClassifier
    ) throws(ChunkedLineReader.ReadError) -> Summary {
        var summary = Summary()
        var json = JSONWriter(capacity: 8 * 1024)
        var cache = ResponseCache()
        try reader.forEachLine({ line in
            json.reset()
            let written: BatchClassifier.Written
            switch line {
            case let .text(bytes, number):
                written = classifier.write(line: bytes, number: number, cache: &cache, into: &json)
            case .tooLong(let number):
                classifier.lineTooLong(number: number, maxBytes: reader.maxLineBytes).encode(into: &json)
                written = .failed
            }
            summary.count(written)
            if written == .skipped { return }
            json.bytes.append(0x0A)
            writer.write(json.bytes)
        }, afterChunk: writer.flush)
        writer.flush()
        return summary
    }
}
