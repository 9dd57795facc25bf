/// Keeps a session on disk as it is typed, through a `SessionJournal`, and always knows whether
/// it is saved: every failure is reported (the first one at once, to be told to the owner), and
/// nothing is called saved until a sync has succeeded.
///
/// Each line is written as it is typed (it survives a crash of the program); the sync that puts
/// it on the disk is batched off the answer's path: every `syncEvery` lines, at the verdict
/// (`checkpoint`) and at the end (`finish`).
public final class SessionAutosave {
    /// How many lines may wait in the file system's cache before a sync.
    public static let syncEvery = 64

    private let open: () throws -> SessionJournal
    private var journal: SessionJournal?
    private var unsynced = 0
    private var recordedAny = false
    /// Why saving failed, once it has: later lines are not written (the journal would have a gap).
    public private(set) var failure: String?

    /// An autosave that opens its journal with `open` when the first line is recorded, so an
    /// empty session writes nothing.
    public init(open: @escaping () throws -> SessionJournal) {
        self.open = open
    }

    /// An autosave carrying on an open journal (a resumed session).
    public convenience init(continuing journal: SessionJournal) {
        self.init(open: { journal })
        self.journal = journal
        recordedAny = true
    }

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
            if unsynced >= Self.syncEvery { try sync() }
        }
    }

    /// Puts everything recorded on the disk now (at the verdict). Returns a first failure.
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
