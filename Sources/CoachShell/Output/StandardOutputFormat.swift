#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How text for a person is laid out on standard output, decided in one place for every
/// command: the width asked for, else the terminal's (80 in a pipe), and colour only on a
/// terminal without `NO_COLOR`.
public struct StandardOutputFormat: Sendable {
    public var width: Int
    public var palette: Palette
    /// Whether the width follows the terminal when it is resized (no width was asked for).
    public var followsTerminalWidth: Bool

    /// The format for standard output as it is now, with `width` from `--width` if given.
    public static func current(width: Int?, environment: [String: String] = Environment.current()) -> StandardOutputFormat {
        let isTerminal = isatty(1) == 1
        return StandardOutputFormat(
            width: width ?? (isTerminal ? TerminalSize.columns() : 80),
            palette: .forTerminal(isTerminal: isTerminal, environment: environment),
            followsTerminalWidth: width == nil && isTerminal)
    }
}

extension ChatLoop.Channel {
    /// A channel writing to standard output in `format`, echoing as `echo` says.
    public static func standardOutput(_ format: StandardOutputFormat, echo: ChatLoop.Echo) -> ChatLoop.Channel {
        ChatLoop.Channel(sink: FileDescriptorSink.standardOutput, echo: echo, width: format.width,
                         palette: format.palette, followsTerminalWidth: format.followsTerminalWidth)
    }
}
