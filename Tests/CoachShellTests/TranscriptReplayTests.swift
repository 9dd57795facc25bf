import CoachCore
import CoachPrompts
import CoachShell
import Foundation
import Testing

/// Every golden transcript in transcripts/, replayed through the chat loop an owner uses.
@Suite struct TranscriptReplayTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("transcripts")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".transcript") }.sorted()
    }

    static var overwrite: Bool { ProcessInfo.processInfo.environment["TRANSCRIPTS"] == "overwrite" }

    @Test func overwriteModeIsNeverOnInCI() {
        let ci = ProcessInfo.processInfo.environment["CI"] != nil
        #expect(!(ci && Self.overwrite), "TRANSCRIPTS=overwrite must not be set in CI")
    }

    @Test func theCorpusHasAtLeastFifteenTranscripts() {
        #expect(Self.files.count >= 15, "only \(Self.files.count) transcripts")
    }

    @Test(arguments: files)
    func transcriptReplaysByteForByte(_ name: String) throws {
        let path = Self.directory.appendingPathComponent(name).path
        let check = TranscriptCheck(catalog: try PromptCatalog(files: EmbeddedPrompts.files))
        let outcome = try check.check(path: path, update: Self.overwrite)
        if case .differs(let diff) = outcome {
            Issue.record("transcript \(name) differs (TRANSCRIPTS=overwrite swift test rewrites it):\n\(diff)")
        }
    }
}
