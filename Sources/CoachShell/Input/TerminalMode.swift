#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal settings as they were before line editing started, so they can be put back
/// after an interrupt and at exit: a crash or Ctrl-C must never leave the terminal raw.
struct TerminalMode {
    private let fileDescriptor: Int32
    private let saved: termios?

    /// Remembers the current settings of `fileDescriptor` (nil if it is not a terminal).
    init(fileDescriptor: Int32 = 0) {
        self.fileDescriptor = fileDescriptor
        var settings = termios()
        saved = tcgetattr(fileDescriptor, &settings) == 0 ? settings : nil
    }

    /// Puts the remembered settings back.
    func restore() {
        guard var settings = saved else { return }
        _ = tcsetattr(fileDescriptor, TCSANOW, &settings)
    }
}
