import CoachCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plays a transcript in the terminal at a human pace for a classroom: the coach's lines appear
/// one by one, the owner's input as if typed. Any key skips the current pause.
public struct TranscriptPlayback {
    /// Seconds per character typed; pauses scale with it.
    public var secondsPerCharacter: Double
    let sink: OutputSink
    let keyboard: Int32?

    /// `keyboard` is the descriptor to watch for key presses (nil: never skip).
    public init(pace: Double, sink: OutputSink, keyboard: Int32?) {
        self.secondsPerCharacter = 0.05 / max(pace, 0.01)
        self.sink = sink
        self.keyboard = keyboard
    }

    /// Plays the transcript's body. A transcript is untrusted text (anyone can hand one round a
    /// classroom): every line is shown through `UntrustedText.terminal`, so an escape sequence,
    /// a C1 control or a bidirectional override in it shows as its marker, never acts.
    public func play(_ transcript: Transcript, prompts: [String]) {
        let raw = keyboard.flatMap(RawMode.init(descriptor:))
        defer { raw?.restore() }
        for line in transcript.body.map({ UntrustedText.terminal($0, keepNewlines: false) }) {
            if let prompt = prompts.first(where: { line.hasPrefix($0) }) {
                sink.write(prompt)
                pause(secondsPerCharacter * 12)
                for character in line.dropFirst(prompt.count) {
                    sink.write(String(character))
                    pause(secondsPerCharacter)
                }
                sink.write("\n")
                pause(secondsPerCharacter * 10)
            } else {
                sink.write(line + "\n")
                pause(secondsPerCharacter * (line.isEmpty ? 6 : 3))
            }
        }
    }

    /// Waits, unless a key is pressed first (the key is consumed).
    private func pause(_ seconds: Double) {
        guard seconds > 0 else { return }
        guard let keyboard else {
            usleep(useconds_t(seconds * 1_000_000))
            return
        }
        var descriptor = pollfd(fd: keyboard, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, Int32(seconds * 1000)) > 0 {
            var byte: UInt8 = 0
            _ = read(keyboard, &byte, 1)
        }
    }
}

/// Puts a terminal in non-canonical, no-echo mode so single key presses can be read, and puts
/// it back exactly as it was.
struct RawMode {
    let descriptor: Int32
    let saved: termios

    init?(descriptor: Int32) {
        guard isatty(descriptor) == 1 else { return nil }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return nil }
        saved = settings
        self.descriptor = descriptor
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(descriptor, TCSANOW, &settings)
    }

    func restore() {
        var settings = saved
        tcsetattr(descriptor, TCSANOW, &settings)
    }
}
