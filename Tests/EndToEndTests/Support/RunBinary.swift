import Foundation

/// What a run of the built `review-coach` binary produced.
struct BinaryResult: Sendable {
    var stdout: Data
    var stderr: Data
    var exitCode: Int32
    /// True when the run was stopped because it went past its time limit.
    var timedOut: Bool

    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errorOutput: String { String(decoding: stderr, as: UTF8.self) }
    /// Standard output split into lines, without the final empty piece.
    var outputLines: [String] {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// Why the binary could not be run at all.
struct RunBinaryError: Error, CustomStringConvertible {
    var description: String
}

/// Runs the built `review-coach` executable as a separate process, the way a script would.
enum RunBinary {
    /// The built executable: beside the test bundle (`.build/<triple>/debug/review-coachPackageTests.xctest`
    /// on Linux), or `$REVIEW_COACH_BINARY` when set.
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["REVIEW_COACH_BINARY"], !path.isEmpty {
            return try verified(URL(fileURLWithPath: path))
        }
        var candidates: [URL] = []
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        // Linux: the .xctest is the executable in the build folder. macOS: the executable sits in
        // .xctest/Contents/MacOS, three levels below the build folder.
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("review-coach"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("review-coach"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("review-coach"))
        for candidate in candidates where isExecutableFile(candidate) { return candidate }
        throw RunBinaryError(description: "cannot find the review-coach binary; looked at \(candidates.map(\.path)). Run `swift build --build-tests` first, or set REVIEW_COACH_BINARY.")
    }

    private static func verified(_ url: URL) throws -> URL {
        guard isExecutableFile(url) else {
            throw RunBinaryError(description: "REVIEW_COACH_BINARY=\(url.path) is not an executable file")
        }
        return url
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// Runs the binary with arguments and standard input; returns its output and exit code.
    /// Standard input, output and error go through temporary files, so large outputs never block.
    /// `environment` entries are added to (or replace) this process's environment; NO_COLOR is set.
    static func run(
        _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
        timeout: TimeInterval = 30, program: URL? = nil
    ) throws -> BinaryResult {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("review-coach-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("stdin")
        let outputURL = folder.appendingPathComponent("stdout")
        let errorURL = folder.appendingPathComponent("stderr")
        try stdin.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let input = try FileHandle(forReadingFrom: inputURL)
        let output = try FileHandle(forWritingTo: outputURL)
        let errors = try FileHandle(forWritingTo: errorURL)
        defer {
            try? input.close()
            try? output.close()
            try? errors.close()
        }

        let process = Process()
        process.executableURL = try program ?? executable()
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        return BinaryResult(
            stdout: try Data(contentsOf: outputURL), stderr: try Data(contentsOf: errorURL),
            exitCode: process.terminationStatus, timedOut: timedOut)
    }

    /// Runs another program (a shell that sets a limit, then starts the binary) the same way.
    static func runProgram(_ path: String, _ arguments: [String], input: String, environment: [String: String] = [:]) throws -> BinaryResult {
        try run(arguments, stdin: Data(input.utf8), environment: environment, program: URL(fileURLWithPath: path))
    }

    /// Runs the binary with text on standard input.
    static func run(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> BinaryResult {
        try run(arguments, stdin: Data(input.utf8), environment: environment)
    }
}
