import Benchmark
import CoachCore
import CoachShell
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .throughput], warmupIterations: 3,
        maxDuration: .seconds(5), maxIterations: 10_000)

    // Time to first prompt: each program is started with standard input at end of file.
    let startup = Benchmark.Configuration(metrics: [.wallClock], warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 200)
    Benchmark("Startup: review-coach (first prompt, stdin at EOF)", configuration: startup) { _ in
        blackHole(spawnAndWait(Programs.coach, []))
    }
    Benchmark("Startup: review-coach --incognito (through the argument parser)", configuration: startup) { _ in
        blackHole(spawnAndWait(Programs.coach, ["--incognito"]))
    }
    Benchmark("Startup: sqlite3 :memory: .quit", configuration: startup) { _ in
        blackHole(spawnAndWait(Programs.sqlite, [":memory:", ".quit"]))
    }
    Benchmark("Startup: minimal Swift program linking Foundation", configuration: startup) { _ in
        blackHole(spawnAndWait(Programs.helloFoundation, []))
    }

    // One state-machine step that runs signal detection on a 2 KB review.
    Benchmark("Answer latency: step with signal detection, 2 KB review",
              configuration: .init(metrics: [.wallClock], warmupIterations: 100, maxDuration: .seconds(5), maxIterations: 100_000)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Fixtures.coach.step(Fixtures.sessionBeforeDetection, ""))
        }
    }

    // Every golden transcript replayed in-process.
    Benchmark("Transcript replay: all of transcripts/", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 50)) { _ in
        let player = TranscriptPlayer(catalog: Fixtures.catalog)
        for transcript in Fixtures.transcripts { blackHole(player.replay(transcript)) }
    }

    // Batch classify of ~100 MB of distinct reviews, single thread, output to /dev/null.
    Benchmark("Classify: 100 MB corpus (wall clock; MB/s and peak RSS printed)",
              configuration: .init(metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(90), maxIterations: 5)) { _ in
        let corpus = Corpus.file
        let start = ContinuousClock.now
        let (status, _) = spawnAndWait(Programs.coach, ["classify", corpus.path])
        let elapsed = ContinuousClock.now - start
        let peak = peakMemoryKiB(Programs.coach, ["classify", corpus.path])
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(corpus.reviewBytes) / 1_048_576
        print("classify status \(status): \(String(format: "%.1f", megabytes)) MiB of review text in \(String(format: "%.2f", seconds)) s = \(String(format: "%.1f", megabytes / seconds)) MiB/s, peak RSS \(peak / 1024) MiB")
    }

    // Peak memory of a whole interactive session (the binary, a scripted session).
    Benchmark("Interactive session: peak memory (KiB, measured by GNU time)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 20)) { _ in
        let peak = peakMemoryKiB(Programs.coach, ["--incognito"], stdin: "../Benchmarks/session-input.txt")
        print("interactive-peak-rss-kib \(peak)")
    }
}
