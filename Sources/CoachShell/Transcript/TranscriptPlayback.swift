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
    /// For a projector (`--pause`): the title card first, then a stop before each typed answer
    /// until Enter or space (q quits). The words of the card's key hint; `nil` plays straight on.
    let pauseHint: String?

    /// `keyboard` is the descriptor to watch for key presses (nil: never skip). `pauseHint`,
    /// when given, makes the playback stop at each answer (it needs the keyboard).
    public init(pace: Double, sink: OutputSink, keyboard: Int32?, pauseHint: String? = nil) {
        self.secondsPerCharacter = 0.05 / max(pace, 0.01)
        self.sink = sink
        self.keyboard = keyboard
        self.pauseHint = pauseHint
    }

    /// How a playback ended.
    public enum Ending: Sendable, Equatable {
        /// The transcript was played to its end.
        case played
        /// The presenter pressed q at a stop.
        case quit
    }

    /// Plays the transcript's body. A transcript is untrusted text (anyone can hand one round a
    /// classroom): every line is shown through `UntrustedText.terminal`, so an escape sequence,
    /// a C1 control or a bidirectional override in it shows as its marker, never acts.
    @discardableResult
    public func play(_ transcript: Transcript, prompts: [String]) -> Ending {
        let stops = pauseHint != nil
        let raw = keyboard.flatMap { RawMode(descriptor: $0, keepsSignals: !stops) }
        defer { raw?.restore() }
        if let pauseHint, let card = TitleCard(header: transcript.header) {
            for line in card.lines + ["", pauseHint] { sink.write(UntrustedText.terminal(line, keepNewlines: false) + "\n") }
            guard waitForKey() else { return .quit }
            sink.write("\n")
        }
        for line in transcript.body.map({ UntrustedText.terminal($0, keepNewlines: false) }) {
            if let prompt = prompts.first(where: { line.hasPrefix($0) }) {
                sink.write(prompt)
                if stops, !waitForKey() {
                    sink.write("\n")
                    return .quit
                }
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
        return .played
    }

    /// Waits for Enter or space (true: go on) or q, Ctrl-C, Ctrl-D or the end of the keyboard
    /// (false: stop); other keys are ignored.
    private func waitForKey() -> Bool {
        guard let keyboard else { return true }
        while true {
            var byte: UInt8 = 0
            let count = read(keyboard, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return false }
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "): return true
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 3, 4: return false
            default: continue
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

    /// `keepsSignals` false also reads Ctrl-C as a key, so a stop can end cleanly on it.
    init?(descriptor: Int32, keepsSignals: Bool = true) {
        guard isatty(descriptor) == 1 else { return nil }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return nil }
        saved = settings
        self.descriptor = descriptor
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO)
        if !keepsSignals { settings.c_lflag &= ~tcflag_t(ISIG) }
        tcsetattr(descriptor, TCSANOW, &settings)
    }

    func restore() {
        var settings = saved
        tcsetattr(descriptor, TCSANOW, &settings)
    }
}
