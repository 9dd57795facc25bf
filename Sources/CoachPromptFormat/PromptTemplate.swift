/// A prompt's text split at its `{placeholders}`, so it can be filled many times without being
/// scanned again (batch mode fills one quote into the same sentence for every review).
///
/// Filling follows one rule beyond substitution: a value that ends a sentence (. ! ? …) swallows
/// the template's full stop right after its closing quote, so `"{quote}".` never reads `"Fine.".`.
/// A `{name}` with no value stays as it is.
public struct PromptTemplate: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        case slot(String)
    }

    let pieces: [Piece]

    /// The names of the slots, in order.
    public var slotNames: [String] {
        pieces.compactMap { piece in
            if case .slot(let name) = piece { return name }
            return nil
        }
    }

    /// Splits a template. A slot is `{` + a name without braces + `}`; any other brace is text.
    public init(_ template: String) {
        var pieces: [Piece] = []
        let utf8 = template.utf8
        var copied = utf8.startIndex
        var search = utf8.startIndex
        while let open = utf8[search...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = utf8.index(after: open)
            guard let close = utf8[afterOpen...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") })
            else { break }
            guard utf8[close] == UInt8(ascii: "}") else {
                search = close  // "{a{b}": the first brace is text, the second may open a slot
                continue
            }
            if copied < open { pieces.append(.text(String(template[copied..<open]))) }
            pieces.append(.slot(String(template[afterOpen..<close])))
            copied = utf8.index(after: close)
            search = copied
        }
        if copied < utf8.endIndex { pieces.append(.text(String(template[copied...]))) }
        self.pieces = pieces
    }

    /// The text with each slot that `values` names filled in.
    public func render(_ values: [String: String]) -> String {
        render { values[$0] }
    }

    /// The text with one slot filled in (no dictionary needed).
    public func render(_ name: String, _ value: String) -> String {
        render { $0 == name ? value : nil }
    }

    private func render(_ value: (String) -> String?) -> String {
        var result = ""
        var swallowFullStop = false
        for piece in pieces {
            switch piece {
            case .text(let text):
                if swallowFullStop, text.utf8.starts(with: "\".".utf8) {
                    result += "\""
                    result += text.dropFirst(2)
                } else {
                    result += text
                }
                swallowFullStop = false
            case .slot(let name):
                if let filled = value(name) {
                    result += filled
                    swallowFullStop = Self.endsASentence(filled)
                } else {
                    result += "{" + name + "}"
                    swallowFullStop = false
                }
            }
        }
        return result
    }

    /// Whether text ends with its own sentence punctuation, so a template's full stop after it
    /// would double it.
    static func endsASentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{2026}"
    }
}
