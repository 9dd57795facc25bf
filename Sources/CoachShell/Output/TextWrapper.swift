/// Wraps lines of output to a width, by words, with a hanging indent for list items and quotes.
public struct TextWrapper: Sendable {
    public var width: Int

    public init(width: Int) { self.width = max(20, width) }

    /// The line split into lines no wider than the width (a single longer word stays whole).
    public func wrap(_ line: String) -> [String] {
        guard line.count > width else { return [line] }
        let leading = line.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: line.dropFirst(leading).hasPrefix("- ") ? leading + 2 : leading)
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
