import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-only record of one session: a header line, then one JSON string per typed line,
/// each written with one `write` as it is typed, so a crash of the program loses nothing. The
/// file is locked while its session runs; `sync` (batched by the caller) puts it on the disk.
public final class SessionJournal {
    /// The format written in the header; a journal of another version is refused, not guessed.
    public static let version = 2
    static let header = "{\"review-coach-session\":"

    public let path: String
    private let descriptor: FileDescriptor
    private var isClosed = false

    init(path: String, descriptor: FileDescriptor) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close() }

    /// Creates a new journal `folder/name.journal` (exclusive: never an existing file, never
    /// through a link), locks it and writes its header.
    public static func create(folder: String, name: String, explain: Bool) throws -> SessionJournal {
        let path = folder + "/" + name + ".journal"
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                path, .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .append, .closeOnExec],
                permissions: [.ownerReadWrite])
        } catch {
            throw ShellError("cannot save the session in \(path): \(SafeFile.reason(error))")
        }
        let journal = SessionJournal(path: path, descriptor: descriptor)
        try journal.lock()
        try journal.write(header + "\(version),\"explain\":\(explain)}\n")
        return journal
    }

    /// Opens an existing journal to carry it on, taking its lock: a journal that a running
    /// session holds is refused with a message, never written by two. A record cut off by a
    /// crash is dropped (the file is cut to its `wholeBytes`) so the next one starts clean.
    public static func reopen(path: String, wholeBytes: Int) throws -> SessionJournal {
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(path, .writeOnly, options: [.append, .noFollow, .closeOnExec])
        } catch {
            throw ShellError("cannot carry on the session in \(path): \(SafeFile.reason(error))")
        }
        let journal = SessionJournal(path: path, descriptor: descriptor)
        try journal.lock()
        guard ftruncate(descriptor.rawValue, off_t(wholeBytes)) == 0 else {
            throw ShellError("cannot carry on the session in \(path): \(String(cString: strerror(errno)))")
        }
        return journal
    }

    /// Appends one typed line. Throws the system's error (a full disk, a size limit).
    public func append(_ line: String) throws { try append(.typed(line)) }

    /// Appends one line: a typed line as a JSON string, a left-out one as `{"left_out":BYTES}`.
    public func append(_ line: JournalLine) throws {
        var writer = JSONWriter(capacity: 64)
        switch line {
        case .typed(let text):
            writer.string(text)
        case .leftOut(let bytes):
            writer.beginObject()
            writer.key("left_out")
            writer.int(bytes)
            writer.endObject()
        }
        writer.bytes.append(UInt8(ascii: "\n"))
        try SafeFile.writeAll(writer.bytes, to: descriptor)
    }

    /// Puts everything appended so far on the disk.
    public func sync() throws {
        try SafeFile.sync(descriptor)
    }

    /// Releases the lock and the file.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        try? descriptor.close()
    }

    private func write(_ text: String) throws {
        do { try SafeFile.writeAll(Array(text.utf8), to: descriptor) } catch {
            throw ShellError("cannot save the session in \(path): \(SafeFile.reason(error))")
        }
    }

    private func lock() throws {
        guard flock(descriptor.rawValue, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close()
            throw ShellError(busy
                ? "the session in \(path) is open in another review-coach right now; finish or quit that one first, then resume"
                : "cannot lock \(path): \(String(cString: strerror(errno)))")
        }
    }
}
