// Answer latency with the autosave on, as an owner at a terminal feels it: from the moment a
// typed line is read to the moment the coach's answer to it is written, over a long session
// (16,000 typed lines that each change the session). Compared in the same run with no autosave
// (--incognito). The journal goes to a fresh folder under /tmp (a real disk, real fsyncs).
//
// Usage: AutosaveLatency [LINES]     (default 16000)
import CoachCore
import CoachShell
import Foundation

/// Hands out the session's lines and notes when each was read.
final class TimedReader: LineReader {
    private var lines: [String]
    private var index = 0
    private let clock: TimedClock

    init(lines: [String], clock: TimedClock) {
        self.lines = lines
        self.clock = clock
    }

    func readLine(_ request: LineRequest) -> LineReadResult {
        clock.answerDone()
        guard index < lines.count else { return .endOfInput }
        defer { index += 1 }
        clock.lineRead()
        return .line(lines[index])
    }
}

/// Notes when output is written; discards it.
final class TimedSink: OutputSink {
    private let clock: TimedClock
    init(clock: TimedClock) { self.clock = clock }
    func write(_ text: String) { clock.outputWritten() }
}

/// Read time, last write time, and the latency of each answer.
final class TimedClock {
    private var readAt: UInt64 = 0
    private var lastWriteAt: UInt64 = 0
    private(set) var latencies: [UInt64] = []

    func lineRead() {
        readAt = DispatchTime.now().uptimeNanoseconds
        lastWriteAt = 0
    }
    func outputWritten() { lastWriteAt = DispatchTime.now().uptimeNanoseconds }
    func answerDone() {
        if readAt > 0 && lastWriteAt > readAt { latencies.append(lastWriteAt - readAt) }
        readAt = 0
    }
}

func session(lines count: Int) -> [String] {
    var lines = ["The soup was cold and the waiter never came back.", ""]
    while lines.count < count { lines += ["calm", "/back"] }
    return Array(lines.prefix(count))
}

func run(autosave: Bool, lines: [String]) -> (latencies: [UInt64], seconds: Double) {
    let clock = TimedClock()
    let catalog = PromptLoader.embedded()
    let folder = NSTemporaryDirectory() + "autosave-bench-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = autosave ? SessionAutosave(open: {
        try StateDirectory.create(folder)
        return try SessionJournal.create(folder: folder, name: SessionName.new(), explain: false)
    }) : nil
    let loop = ChatLoop(
        coach: Coach(catalog: catalog), reader: TimedReader(lines: lines, clock: clock),
        channels: [ChatLoop.Channel(sink: TimedSink(clock: clock), echo: .none, width: 80, palette: Palette(enabled: false))],
        onStep: { _, line in
            if let failure = store?.record(line) { fatalError(failure) }
            return []
        },
        afterAnswer: { session in
            if let failure = store?.syncIfDue(atVerdict: session.state.step == .done) { fatalError(failure) }
            return []
        })
    let start = DispatchTime.now().uptimeNanoseconds
    loop.run()
    if let failure = store?.finish() { fatalError(failure) }
    return (clock.latencies, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

func percentile(_ sorted: [UInt64], _ p: Double) -> Double {
    Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1000
}

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 16_000
let lines = session(lines: count)
for (name, on) in [("incognito", false), ("autosave", true), ("incognito", false), ("autosave", true)] {
    let (latencies, seconds) = run(autosave: on, lines: lines)
    let sorted = latencies.sorted()
    print(String(format: "%-9@ %6d lines  whole session %7.3f s  answer p50 %7.1f us  p99 %7.1f us  max %8.1f us",
                 name as NSString, count, seconds, percentile(sorted, 0.5), percentile(sorted, 0.99), percentile(sorted, 1.0)))
}
