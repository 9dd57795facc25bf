import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Review Coach writes a whole file: a new temporary file beside the target, created
/// with `O_CREAT|O_EXCL|O_NOFOLLOW` (so nothing planted there is followed or reused), written,
/// fsynced, then renamed over the target (or linked, when nothing may be replaced), and the
/// folder fsynced. A symbolic link at the target is refused, never followed.
public enum SafeFile {
    /// Writes `text` to `path`, private to the owner (`permissions`, 0600 by default). Refuses to
    /// replace an existing file unless `overwrite` is true. Throws a `ShellError` a person can
    /// act on; when it throws, the target is as it was and no temporary file is left.
    public static func write(_ text: String, to path: String, overwrite: Bool, permissions: FilePermissions = [.ownerReadWrite]) throws {
        try refuseLink(at: path)
        if !overwrite && exists(path) {
            throw ShellError("\(path) already exists and was left as it is; choose another name")
        }
        let (directory, name) = FilePath.split(path)
        let (temporary, descriptor) = try createTemporary(in: directory, for: name, permissions: permissions, target: path)
        do {
            try descriptor.closeAfter {
                try writeAll(Array(text.utf8), to: descriptor)
                try sync(descriptor)
                _ = fchmod(descriptor.rawValue, permissions.rawValue)
            }
        } catch {
            unlink(temporary)
            throw ShellError("cannot write \(path): \(reason(error)); nothing was changed")
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let failure = lastError()
                unlink(temporary)
                throw ShellError("cannot write \(path): \(failure)")
            }
        } else {
            // link() fails if the target appeared meanwhile (and never follows one).
            guard link(temporary, path) == 0 else {
                let failure = errno == EEXIST ? "it already exists and was left as it is; choose another name" : lastError()
                unlink(temporary)
                throw ShellError("cannot write \(path): \(failure)")
            }
            unlink(temporary)
        }
        syncFolder(directory)
    }

    /// Throws when `path` is a symbolic link: the coach writes, replaces and deletes only its own
    /// plain files.
    public static func refuseLink(at path: String) throws {
        if isLink(path) {
            throw ShellError("\(path) is a symbolic link; Review Coach does not write through links. Remove the link or choose another name")
        }
    }

    /// True when `path` itself (not what it points to) is a symbolic link.
    public static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// True when something (a file, a folder, a link) is at `path`.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Writes every byte, retrying short writes and interruptions; throws the system's error
    /// (`ENOSPC` on a full disk, `EFBIG` past a size limit).
    public static func writeAll(_ bytes: [UInt8], to descriptor: FileDescriptor) throws {
        _ = try descriptor.writeAll(bytes)
    }

    /// Flushes a file to the disk; a failure here means the data may not be there.
    public static func sync(_ descriptor: FileDescriptor) throws {
        while fsync(descriptor.rawValue) != 0 {
            if errno == EINTR { continue }
            throw Errno(rawValue: errno)
        }
    }

    /// A new temporary file `.NAME.PID.N.tmp` in `directory`, exclusive and not following links.
    private static func createTemporary(
        in directory: String, for name: String, permissions: FilePermissions, target: String
    ) throws -> (String, FileDescriptor) {
        var attempt = 0
        while true {
            let temporary = directory + "/.\(name).\(getpid()).\(attempt).tmp"
            do {
                let descriptor = try FileDescriptor.open(
                    temporary, .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                    permissions: permissions)
                return (temporary, descriptor)
            } catch Errno.fileExists where attempt < 100 {
                attempt += 1
            } catch {
                throw ShellError("cannot write \(target): \(reason(error)); check the folder exists and is writable")
            }
        }
    }

    /// fsync on the folder, so the rename itself survives a power cut. Best effort: some file
    /// systems refuse it, and the file's own data is already on disk.
    private static func syncFolder(_ directory: String) {
        guard let folder = try? FileDescriptor.open(directory, .readOnly, options: [.directory, .closeOnExec]) else { return }
        _ = fsync(folder.rawValue)
        try? folder.close()
    }

    /// The plain words for a system error (`No space left on device`).
    public static func reason(_ error: Error) -> String {
        if let errno = error as? Errno { return String(cString: strerror(errno.rawValue)) }
        return "\(error)"
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
