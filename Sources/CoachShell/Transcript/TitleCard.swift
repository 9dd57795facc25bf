/// What a transcript is about, from its header: the `# Title:` line and the `# Shows:` lines
/// (with their indented continuation lines). Shown first when a transcript is played to a room.
public struct TitleCard: Sendable, Equatable {
    public var title: String
    /// What the conversation shows, its continuation lines joined with spaces.
    public var description: String?

    public init(title: String, description: String?) {
        self.title = title
        self.description = description
    }

    /// The card of a transcript's header, or `nil` when it has no `# Title:` line.
    public init?(header: [String]) {
        guard let title = Self.field("Title", in: header) else { return nil }
        self.init(title: title, description: Self.field("Shows", in: header))
    }

    /// The text of `# Name:` and of the `#   ` lines that continue it.
    static func field(_ name: String, in header: [String]) -> String? {
        let opening = "# \(name):"
        guard let start = header.firstIndex(where: { $0.hasPrefix(opening) }) else { return nil }
        var parts = [String(header[start].dropFirst(opening.count))]
        for line in header[(start + 1)...] {
            guard line.hasPrefix("#  "), !trimmed(line.dropFirst()).isEmpty else { break }
            parts.append(String(line.dropFirst()))
        }
        let text = parts.map { trimmed($0[...]) }.filter { !$0.isEmpty }.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// The card as lines: the title, underlined, then what it shows.
    public var lines: [String] {
        var lines = [title, String(repeating: "=", count: min(title.count, Transcript.width))]
        if let description { lines += ["", description] }
        return lines
    }
}
