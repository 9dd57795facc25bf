// swift-tools-version: 6.1
import PackageDescription

// Review Coach: a pure core (CoachCore) behind a thin shell (CoachShell + the review-coach executable).
// Dependencies: swift-argument-parser for the command line; swift-system for safe file writes;
// swift-property-based and Ink (a Markdown parser, to render saved reports) for tests only.
let package = Package(
    name: "review-coach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "review-coach", targets: ["review-coach"]),
        .library(name: "CoachCore", targets: ["CoachCore"]),
        // For the benchmark package in Benchmarks/ (kept out of the test build).
        .library(name: "CoachShell", targets: ["CoachShell"]),
        .library(name: "CoachPrompts", targets: ["CoachPrompts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Typed file descriptors and open options (O_EXCL, O_NOFOLLOW) for the safe-write routine.
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // Tests only: property-based testing (random sequences with shrinking) for the state machine.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Tests only: renders the saved Markdown reports to show nothing in them becomes HTML.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // libedit through pkg-config; the apt provider tells a fresh machine what to install.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Pure logic: no terminal, no files, no globals.
        .target(name: "CoachCore"),
        // The text in prompts/, embedded at build time so the binary reads nothing at start-up.
        // It also parses them, so a broken prompt file fails the build with its file and line,
        // and the coach starts without parsing anything.
        .executableTarget(name: "PromptEmbedder", dependencies: ["CoachCore"], path: "Sources/PromptEmbedder"),
        .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["PromptEmbedder"]),
        .target(name: "CoachPrompts", plugins: ["EmbedPrompts"]),
        // The thin shell: line readers, rendering, transcripts, storage.
        .target(
            name: "CoachShell",
            dependencies: ["CoachCore", "CoachPrompts", "CEditLine", .product(name: "SystemPackage", package: "swift-system")]
        ),
        .executableTarget(
            name: "review-coach",
            dependencies: [
                "CoachShell", "CoachCore", "CoachPrompts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test-only: drives EditLineReader under a pseudo-terminal for Tests/EndToEndTests.
        .executableTarget(name: "EditLineProbe", dependencies: ["CoachShell"]),
        .testTarget(
            name: "CoachCoreTests",
            dependencies: [
                "CoachCore", "CoachPrompts",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Ink", package: "Ink"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CoachShellTests", dependencies: ["CoachShell", "CoachCore", "CoachPrompts"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CoachShell"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
