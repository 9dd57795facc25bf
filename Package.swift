// swift-tools-version: 6.3;(experimentalCGen)
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
        // The system SQLite (a trainee's progress in the state folder), found the same way.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The text engine: one tokenizer, normaliser, negation scope and concept matcher. Pure.
        .target(name: "CoachText"),
        // lexicon/ embedded at build time (checked by LexiconEmbedder: a malformed line fails the build).
        .executableTarget(name: "LexiconEmbedder", dependencies: ["CoachText", "EmbedderSupport"], path: "Sources/LexiconEmbedder"),
        // What the two build-time embedders share (reading the folder, literals, writing if changed).
        .target(name: "EmbedderSupport"),
        .plugin(name: "EmbedLexicon", capability: .buildTool(), dependencies: ["LexiconEmbedder"]),
        // The lexicon's finished matching tables, written as C data by the same plugin (C, because
        // a C array of 100,000 numbers compiles in a moment and is read-only data in the binary;
        // as a Swift array literal it took a minute to compile). Needs `experimentalCGen` above.
        .target(name: "CoachLexiconTables", plugins: ["EmbedLexicon"]),
        .target(name: "CoachLexicon", dependencies: ["CoachText", "CoachLexiconTables"], plugins: ["EmbedLexicon"]),
        // Pure logic: no terminal, no files, no globals.
        .target(name: "CoachCore", dependencies: ["CoachPromptFormat", "CoachText", "CoachLexicon"]),
        // The prompts/ file format (parsing, placeholders): what PromptEmbedder checks at build time.
        .target(name: "CoachPromptFormat"),
        // The text in prompts/, embedded at build time so the binary reads nothing at start-up.
        // It also parses them, so a broken prompt file fails the build with its file and line,
        // and the coach starts without parsing anything.
        .executableTarget(name: "PromptEmbedder", dependencies: ["CoachPromptFormat", "EmbedderSupport"], path: "Sources/PromptEmbedder"),
        .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["PromptEmbedder"]),
        .target(name: "CoachPrompts", plugins: ["EmbedPrompts"]),
        // The thin shell: line readers, rendering, transcripts, storage.
        .target(
            name: "CoachShell",
            dependencies: ["CoachCore", "CoachPrompts", "CEditLine", "CSQLite", .product(name: "SystemPackage", package: "swift-system")]
        ),
        .executableTarget(
            name: "review-coach",
            dependencies: [
                "CoachShell", "CoachCore", "CoachPrompts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // For lexicon editors: how the engine reads a text (concepts, parts of a demand).
        .executableTarget(name: "lexicon-probe", dependencies: ["CoachCore"]),
        // Test-only: drives EditLineReader under a pseudo-terminal for Tests/EndToEndTests.
        .executableTarget(name: "EditLineProbe", dependencies: ["CoachShell"]),
        .testTarget(name: "CoachTextTests", dependencies: ["CoachText", "CoachLexicon"]),
        .testTarget(
            name: "CoachCoreTests",
            dependencies: [
                "CoachCore", "CoachPrompts", "CoachText", "CoachLexicon",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Ink", package: "Ink"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CoachShellTests", dependencies: ["CoachShell", "CoachCore", "CoachPrompts"], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CoachShell"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
