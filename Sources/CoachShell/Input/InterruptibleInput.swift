#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit's key source (`rl_getc_function`): reads standard input one character at a time,
/// but gives up at once when Ctrl-C arrives.
///
/// It polls fd 0 together with `InterruptSignal`'s wake-up pipe, so an interrupt is seen even
/// if it lands between two reads. On interrupt it returns -1, which libedit treats as end of
/// input: `readline()` returns, with the terminal restored, and the reader reports
/// `.interrupted` because the flag is set.
///
/// libedit passes whatever this returns straight through as one wide character, so it must
/// decode UTF-8 itself (returning single bytes would split é or 🙂 into garbage).
enum InterruptibleInput {
    /// The C function libedit calls for every character.
    static let getCharacter: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { _ in
        InterruptibleInput.readCharacter()
    }

    /// The next Unicode scalar from fd 0 (U+FFFD for malformed UTF-8), or -1 at end of input
    /// or on Ctrl-C.
    static func readCharacter() -> Int32 {
        guard let first = readByte() else { return -1 }
        let length: Int
        switch first {
        case 0x00..<0x80: return Int32(first)
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return 0xFFFD
        }
        var bytes = [first]
        for _ in 1..<length {
            guard let next = readByte() else { return -1 }
            guard next & 0xC0 == 0x80 else { return 0xFFFD }
            bytes.append(next)
        }
        guard let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first else { return 0xFFFD }
        return Int32(scalar.value)
    }

    /// One byte from fd 0, or nil at end of input, on a read error, or once Ctrl-C was pressed.
    private static func readByte() -> UInt8? {
        while true {
            if InterruptSignal.wasRaised || InterruptSignal.terminationRequested { return nil }
            var watched = [
                pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                pollfd(fd: InterruptSignal.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&watched, nfds_t(watched[1].fd >= 0 ? 2 : 1), -1)
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return nil
            }
            if watched[1].revents != 0 {
                InterruptSignal.drainWakeDescriptor()
                continue  // the flag check above decides.
            }
            guard watched[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(0, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            return nil  // 0: end of input (terminal hung up); other errors end input too.
        }
    }
}
