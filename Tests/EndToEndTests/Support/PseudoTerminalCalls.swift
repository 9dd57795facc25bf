#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few pty calls Swift's Glibc module does not expose.
///
/// glibc declares posix_openpt, grantpt, unlockpt and ptsname_r only under _XOPEN_SOURCE /
/// _GNU_SOURCE, which Swift's importer does not define, and POSIX_SPAWN_SETSID only under
/// _GNU_SOURCE. The functions are looked up at run time with dlsym (they are in libc, so they are
/// always there); the flag is the value from glibc's <spawn.h>.
enum PseudoTerminalCalls {
    #if canImport(Glibc)
    /// `POSIX_SPAWN_SETSID` from glibc's <spawn.h> (glibc 2.26 and later).
    static let spawnSetSessionID: Int32 = 0x80

    private static func symbol<Function>(_ name: String, as type: Function.Type) -> Function {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {  // RTLD_DEFAULT
            fatalError("libc has no \(name)")
        }
        return unsafeBitCast(address, to: type)
    }

    static func openMaster(_ flags: Int32) -> Int32 {
        symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)(flags)
    }

    static func grant(_ master: Int32) -> Int32 {
        symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)(master)
    }

    static func unlock(_ master: Int32) -> Int32 {
        symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)(master)
    }

    /// The path of the slave side, e.g. "/dev/pts/3".
    static func slavePath(_ master: Int32) -> String? {
        typealias PtsnameR = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        var buffer = [CChar](repeating: 0, count: 256)
        let result = buffer.withUnsafeMutableBufferPointer { pointer in
            symbol("ptsname_r", as: PtsnameR.self)(master, pointer.baseAddress, pointer.count)
        }
        guard result == 0 else { return nil }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
    #else
    static let spawnSetSessionID = Int32(POSIX_SPAWN_SETSID)
    static func openMaster(_ flags: Int32) -> Int32 { posix_openpt(flags) }
    static func grant(_ master: Int32) -> Int32 { grantpt(master) }
    static func unlock(_ master: Int32) -> Int32 { unlockpt(master) }
    static func slavePath(_ master: Int32) -> String? { ptsname(master).map { String(cString: $0) } }
    #endif
}
