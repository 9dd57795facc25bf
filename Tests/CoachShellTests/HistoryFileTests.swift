import CoachShell
import Foundation
import Testing

@Suite struct HistoryFileTests {
    @Test func pathFollowsXDGStateHomeThenHome() {
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/review-coach/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/review-coach/history")
        // Relative XDG values are ignored, as the specification asks.
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/review-coach/history")
        #expect(HistoryFile.defaultPath(environment: [:]) == nil)
    }

    @Test func disabledKeepsNothing() {
        #expect(HistoryFile.standard(environment: ["HOME": "/h"], disabled: true) == .disabled)
        #expect(!HistoryFile.disabled.isEnabled)
        #expect(!HistoryFile.disabled.prepare())
        #expect(HistoryFile.standard(environment: [:]) == .disabled)
    }

    @Test func prepareCreatesPrivateDirectoryAndFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = HistoryFile.standard(environment: ["XDG_STATE_HOME": root.path])
        #expect(file.prepare())
        let path = try #require(file.path)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let directoryMode = try FileManager.default.attributesOfItem(
            atPath: root.appendingPathComponent("review-coach").path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(directoryMode == 0o700)
    }
}
