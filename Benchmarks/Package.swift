// swift-tools-version: 6.1
import PackageDescription

// The benchmark suite, in its own package so the tests never build it.
// Run from the top of the repository: scripts/bench
let package = Package(
    name: "review-coach-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "review-coach", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CoachBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CoachCore", package: "review-coach"),
                .product(name: "CoachShell", package: "review-coach"),
                .product(name: "CoachPrompts", package: "review-coach"),
            ],
            path: "Benchmarks/CoachBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The yardstick for start-up time: a Swift program that links Foundation and does nothing.
        .executableTarget(name: "HelloFoundation", path: "Sources/HelloFoundation"),
        // Answer latency and session cost with the autosave journal on and off (--incognito).
        .executableTarget(
            name: "AutosaveLatency",
            dependencies: [
                .product(name: "CoachCore", package: "review-coach"),
                .product(name: "CoachShell", package: "review-coach"),
            ],
            path: "Sources/AutosaveLatency"
        ),
    ]
)
