import CoachCore
import Dispatch

/// `classify --jobs N`: the lines of each chunk the reader hands over are split into `jobs`
/// runs of consecutive lines, classified at once on as many threads, and written in input
/// order, so the output is byte for byte that of one job. Memory stays bounded: one chunk of
/// lines (plus one line of at most `maxLineBytes`) and one output buffer per job.
public struct ParallelClassify {
    public let classifier: BatchClassifier
    public let jobs: Int

    public init(classifier: BatchClassifier, jobs: Int) {
        self.classifier = classifier
        self.jobs = max(1, jobs)
    }

    /// One input line, copied out of the reader's buffer.
    enum Pending {
        case text([UInt8], number: Int)
        case tooLong(number: Int)
    }

    /// What one job keeps between chunks: its JSON buffer, its cache and the chunk's output.
    final class Job: @unchecked Sendable {
        var json = JSONWriter(capacity: 8 * 1024)
        var cache = ResponseCache()
        var output: [UInt8] = []
        var summary = ClassifyStream.Summary()
    }

    /// Classifies every line from `reader` into `writer`.
    public func run(reader: ChunkedLineReader, writer: BufferedWriter) throws(ChunkedLineReader.ReadError) -> ClassifyStream.Summary {
        let workers = (0..<jobs).map { _ in Job() }
        var pending: [Pending] = []
        var total = ClassifyStream.Summary()
        func drain() {
            guard !pending.isEmpty else { return }
            classify(pending, on: workers, maxLineBytes: reader.maxLineBytes)
            for job in workers {
                writer.write(job.output)
                total.lines += job.summary.lines
                total.failed += job.summary.failed
            }
            pending.removeAll(keepingCapacity: true)
        }
        try reader.forEachLine({ line in
            switch line {
            case let .text(bytes, number): pending.append(.text(Array(bytes), number: number))
            case .tooLong(let number): pending.append(.tooLong(number: number))
            }
        }, afterChunk: {
            drain()
            writer.flush()
        })
        drain()
        writer.flush()
        return total
    }

    /// Splits `lines` into one run of consecutive lines per job and classifies the runs at once.
    private func classify(_ lines: [Pending], on workers: [Job], maxLineBytes: Int) {
        let per = (lines.count + workers.count - 1) / workers.count
        let classifier = self.classifier
        lines.withUnsafeBufferPointer { all in
            nonisolated(unsafe) let all = all
            DispatchQueue.concurrentPerform(iterations: workers.count) { index in
                let job = workers[index]
                job.output.removeAll(keepingCapacity: true)
                job.summary = ClassifyStream.Summary()
                let start = min(index * per, all.count), end = min(start + per, all.count)
                for line in all[start..<end] {
                    job.json.reset()
                    let written: BatchClassifier.Written
                    switch line {
                    case let .text(bytes, number):
                        written = bytes.withUnsafeBufferPointer { classifier.write(line: $0, number: number, cache: &job.cache, into: &job.json) }
                    case .tooLong(let number):
                        classifier.lineTooLong(number: number, maxBytes: maxLineBytes).encode(into: &job.json)
                        written = .failed
                    }
                    job.summary.count(written)
                    if written == .skipped { continue }
                    job.output.append(contentsOf: job.json.bytes)
                    job.output.append(0x0A)
                }
            }
        }
    }
}
