#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deletes what the coach keeps in its state folder, and only that: its own session files (by
/// their names), its history files, the owner profile and the trainees' progress database. A link in their place is removed as a link and never
/// followed; a sessions folder that is a link is not entered. Every failure is one plain line,
/// and the rest is still removed.
public struct StateCleaner {
    /// What `forget` did.
    public struct Outcome: Equatable, Sendable {
        public var removed = 0
        public var failures: [String] = []

        public init(removed: Int = 0, failures: [String] = []) {
            self.removed = removed
            self.failures = failures
        }
    }

    let state: StateDirectory

    public init(state: StateDirectory) { self.state = state }

    public func forget() -> Outcome {
        var outcome = Outcome()
        if SafeFile.isLink(state.path) {
            // The state folder itself is a link: everything behind it belongs to someone else.
            outcome.failures.append("\(state.path) is a symbolic link, not the coach's own folder; nothing behind it was removed. Remove the link itself if it should go")
            return outcome
        }
        let sessions = state.sessionsFolder
        if SafeFile.isLink(sessions) {
            // Entering it would delete files of some other folder: remove the link itself.
            remove(sessions, into: &outcome)
        } else {
            do {
                for name in try JournalReader.listing(of: sessions).sorted() where SessionName.isOwnFile(name) {
                    remove(sessions + "/" + name, into: &outcome)
                }
            } catch {
                outcome.failures.append("\(error)")
            }
        }
        let progress = ProgressStore.path(in: state)
        let progressFiles = [progress] + ["-journal", "-wal", "-shm"].map { progress + $0 }
        for file in state.historyFiles + [ProfileStore.path(in: state)] + progressFiles where SafeFile.exists(file) {
            remove(file, into: &outcome)
        }
        return outcome
    }

    /// `unlink` removes a file or a link, never what a link points to, and never a folder.
    private func remove(_ path: String, into outcome: inout Outcome) {
        if unlink(path) == 0 {
            outcome.removed += 1
        } else {
            outcome.failures.append("cannot remove \(path): \(String(cString: strerror(errno)))")
        }
    }
}
