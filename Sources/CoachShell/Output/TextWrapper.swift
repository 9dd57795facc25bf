/// Wraps lines of output to a width, by words, with a hanging indent for list items and quotes.
public struct TextWrapper: Sendable {
    public var width: Int

    public init(width: Int) { self.width = max(20, width) }

    /// The width of a list marker at the start of a line ("- " or "12. "), or 0.
    static func markerWidth(_ text: Substring) -> Int {
        if text.hasPrefix("- ") { return 2 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }.count
        return digits > 0 && text.dropFirst(digits).hasPrefix(". ") ? digits + 2 : 0
    }

    /// The line split into lines no wider than the width (a single longer word stays whole).
    public func wrap(_ line: String) -> [String] {
        guard line.count > width else { return [line] }
        let leading = line.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: leading + Self.markerWidth(line.dropFirst(leading)))
        var lines: [String] = []
        var current = String(line.prefix(leading))
        var currentCount = leading
        var atLineStart = true
        for word in line.dropFirst(leading).split(separator: " ", omittingEmptySubsequences: false) {
            let wordCount = word.count
            if !atLineStart && currentCount + 1 + wordCount > width {
                lines.append(current)
                current = indent
                currentCount = indent.count
                atLineStart = true
            }
            if !atLineStart {
                current += " "
                currentCount += 1
            }
            current += word
            currentCount += wordCount
            atLineStart = false
        }
        lines.append(current)
        return lines
    }
}
