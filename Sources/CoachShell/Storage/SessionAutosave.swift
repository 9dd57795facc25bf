#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a session on disk as it is typed, through a `SessionJournal`, and always knows whether
/// it is saved: every failure is reported (the first one at once, to be told to the owner), and
/// nothing is called saved until a sync has succeeded.
///
/// Each line is written as it is typed (it survives a crash of the program); the sync that puts
/// it on the disk is batched and kept off the answer's path (`syncIfDue`, called once the answer
/// is shown): at most once a `syncInterval`, at once after `syncEvery` lines, at the verdict,
/// and at the end (`finish`). A person typing gets their line on the disk within a second; a
/// script of thousands of lines pays for a few syncs, not one per line.
public final class SessionAutosave {
    /// How many lines may wait in the file system's cache before a sync, however fast they come.
    public static let syncEvery = 1024
    /// How long written lines may wait for a sync, in nanoseconds.
    public static let syncInterval: UInt64 = 1_000_000_000

    private let open: () throws -> SessionJournal
    private var journal: SessionJournal?
    private var unsynced = 0
    private let now: () -> UInt64
    private var lastSync: UInt64
    private var recordedAny = false
    /// Why saving failed, once it has: later lines are not written (the journal would have a gap).
    public private(set) var failure: String?

    /// An autosave that opens its journal with `open` when the first line is recorded, so an
    /// empty session writes nothing.
    /// `now` is a monotonic clock in nanoseconds (tests pass their own).
    public init(open: @escaping () throws -> SessionJournal, now: @escaping () -> UInt64 = SessionAutosave.monotonicNow) {
        self.open = open
        self.now = now
        self.lastSync = now()
    }

    /// An autosave carrying on an open journal (a resumed session).
    public convenience init(continuing journal: SessionJournal) {
        self.init(open: { journal })
        self.journal = journal
        recordedAny = true
    }

    /// Lines written but not yet synced to the disk.
    public var pendingLines: Int { unsynced }

    /// True once anything has been recorded (a session worth resuming).
    public var hasContent: Bool { recordedAny }

    /// Records one typed line. Returns the reason when saving has just failed (the first
    /// failure only), so the caller tells the owner once.
    public func record(_ text: String) -> String? { record(.typed(text)) }

    /// Records one line as the journal keeps it (a left-out line by its size only).
    public func record(_ line: JournalLine) -> String? {
        guard failure == nil else { return nil }
        recordedAny = true
        return attempt {
            if journal == nil { journal = try open() }
            try journal?.append(line)
            unsynced += 1
        }
    }

    /// Syncs at the verdict, when `syncEvery` lines are waiting, or when written lines have
    /// waited `syncInterval`. Returns a first failure.
    public func syncIfDue(atVerdict: Bool) -> String? {
        guard unsynced > 0 else { return nil }
        guard atVerdict || unsynced >= Self.syncEvery || now() &- lastSync >= Self.syncInterval else { return nil }
        return checkpoint()
    }

    /// CLOCK_MONOTONIC in nanoseconds.
    public static func monotonicNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Puts everything recorded on the disk now. Returns a first failure.
    public func checkpoint() -> String? {
        guard failure == nil, unsynced > 0 else { return nil }
        return attempt { try sync() }
    }

    /// Syncs and closes the journal. Returns nil when everything typed is on the disk, else why
    /// it is not (reported again, even if it was reported before).
    public func finish() -> String? {
        _ = checkpoint()
        journal?.close()
        return failure
    }

    private func sync() throws {
        try journal?.sync()
        unsynced = 0
        lastSync = now()
    }

    private func attempt(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            let reason = (error as? ShellError)?.description ?? SafeFile.reason(error)
            failure = reason
            journal?.close()
            return reason
        }
    }
}
