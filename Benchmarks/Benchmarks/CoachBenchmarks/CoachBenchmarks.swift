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

    // Peak memory of a whole interactive session (the binary, a scripted session).
    Benchmark("Interactive session: peak memory (KiB, from wait4)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 20)) { _ in
        let (_, peak) = spawnAndWait(Programs.coach, ["--incognito"], stdin: "../Benchmarks/session-input.txt")
        print("interactive-peak-rss-kib \(peak)")
    }
}
