/// Every sentence the coach says, keyed by id (in the manner of a Yarn Spinner strings table).
///
/// The text comes from the files in `prompts/`. Each file holds entries like:
///
///     # a comment
///     [ask.customer_found]
///     Can you find this customer in your records?
///
/// An entry runs from its `[key]` line to the next one; trailing blank lines are dropped.
/// `{name}` in the text is replaced by a value when the entry is rendered. A quoted value that
/// ends its own sentence takes no second full stop: `says "{quote}".` with `Refund me.` reads
/// `says "Refund me."`, not `says "Refund me.".`.
public struct PromptCatalog: Sendable, Equatable {
    /// The entries, by key.
    public private(set) var entries: [String: String]
    /// The files parsed so far, kept (they share storage with the caller's strings) so that a
    /// duplicate key can name where it was first defined without a second dictionary.
    private var sources: [(name: String, text: String)] = []

    public init(entries: [String: String] = [:]) {
        self.entries = entries
    }

    /// Parses prompt files (name and text); later files may not redefine a key.
    public init(files: [(name: String, text: String)]) throws(PromptCatalogError) {
        self.init()
        entries.reserveCapacity(files.reduce(0) { $0 + $1.text.utf8.count / 64 })
        for file in files { try add(file: file.name, text: file.text) }
    }

    /// Adds the entries of one file. The scan works on the UTF-8 bytes (every marker it looks
    /// for is ASCII), which keeps loading the whole catalogue well under a millisecond.
    public mutating func add(file: String, text: String) throws(PromptCatalogError) {
        var text = text
        text.makeContiguousUTF8()
        sources.append((file, text))
        let outcome = text.withUTF8 { bytes in parse(file: file, bytes: bytes) }
        if let error = outcome { throw error }
    }

    /// Where a key was first defined ("file:line"), found again by scanning the parsed files.
    public func origin(of key: String) -> String? {
        for source in sources {
            var lineNumber = 0
            for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                var trimmed = line
                while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
                if trimmed == "[\(key)]" { return source.name + ":" + String(lineNumber) }
            }
        }
        return nil
    }

    private mutating func parse(file: String, bytes: UnsafeBufferPointer<UInt8>) -> PromptCatalogError? {
        var key: String?
        var body: Range<Int>?  // from the first kept line to the end of the last non-blank one
        var lineNumber = 0
        var start = 0
        // A comment after a blank line ends the entry: it heads what follows, not this text.
        var ended = false
        var previousBlank = false
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            var trimmedEnd = end
            while trimmedEnd > start, Self.isSpace(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
            let line = start..<trimmedEnd
            let isComment = line.count > 0 && bytes[line.lowerBound] == UInt8(ascii: "#")
            defer { previousBlank = line.isEmpty }
            if Self.isKeyLine(bytes, line) {
                ended = false
                if let current = key { entries[current] = Self.string(bytes, body) }
                let newKey = Self.string(bytes, (line.lowerBound + 1)..<(line.upperBound - 1))
                if entries[newKey] != nil {
                    let earlier = origin(of: newKey) ?? "an earlier entry"
                    return .duplicateKey(newKey, first: earlier, second: file + ":" + String(lineNumber))
                }
                key = newKey
                body = nil
            } else if key == nil {
                if !line.isEmpty && !isComment {
                    return .textOutsideEntry(file: file, line: lineNumber)
                }
            } else if ended {
                if !line.isEmpty && !isComment { return .textOutsideEntry(file: file, line: lineNumber) }
            } else if let kept = body {
                if isComment && previousBlank {
                    ended = true
                } else if !line.isEmpty {
                    body = kept.lowerBound..<line.upperBound
                }
            } else if !isComment {
                body = line  // comments directly under a key describe the entry and are skipped
            }
            start = end + 1
        }
        if let current = key { entries[current] = Self.string(bytes, body) }
        return nil
    }

    /// A `[key]` line: brackets around at least one character and no spaces.
    private static func isKeyLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count > 2, bytes[line.lowerBound] == UInt8(ascii: "["),
            bytes[line.upperBound - 1] == UInt8(ascii: "]")
        else { return false }
        return !line.contains { bytes[$0] == UInt8(ascii: " ") }
    }

    /// The entry text: the kept lines with their trailing spaces removed, written straight
    /// into the new string's storage.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>?) -> String {
        guard let range, !range.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: range.count) { target in
            var count = 0
            var lineStart = range.lowerBound
            while lineStart < range.upperBound {
                var end = lineStart
                while end < range.upperBound, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                var trimmed = end
                while trimmed > lineStart, isSpace(bytes[trimmed - 1]) { trimmed -= 1 }
                if lineStart > range.lowerBound {
                    target[count] = UInt8(ascii: "\n")
                    count += 1
                }
                for index in lineStart..<trimmed {
                    target[count] = bytes[index]
                    count += 1
                }
                lineStart = end + 1
            }
            return count
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Layers another catalog on top: its entries replace these (a trainer's edited copy).
    public func overridden(by other: PromptCatalog) -> PromptCatalog {
        var merged = self
        for (key, text) in other.entries {
            merged.entries[key] = text
        }
        return merged
    }

    /// Two catalogues are equal when they hold the same entries, wherever they came from.
    public static func == (left: PromptCatalog, right: PromptCatalog) -> Bool { left.entries == right.entries }

    /// Whether the catalog has text for a key.
    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// The text for a key with `{name}` placeholders filled in. A missing key renders as
    /// `[missing prompt: key]` so a gap is visible, never silent; tests forbid gaps.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let template = entries[key] else { return "[missing prompt: \(key)]" }
        return Self.fill(template, values)
    }

    /// The text for a key if present, filled in.
    public func optionalText(_ key: String, _ values: [String: String] = [:]) -> String? {
        entries[key].map { Self.fill($0, values) }
    }

    /// The placeholder names a template uses: its slots (as `PromptTemplate` splits it, the same
    /// parse that fills them) whose names are letters and underscores.
    public static func placeholders(in template: String) -> [String] {
        PromptTemplate(template).slotNames.filter { name in
            !name.isEmpty && name.allSatisfy { $0.isLetter || $0 == "_" }
        }
    }

    /// Replaces each `{name}` that `values` has with its value (see `PromptTemplate`).
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return PromptTemplate(template).render(values)
    }
}

/// Why a prompt file could not be read, with the place to fix it.
public enum PromptCatalogError: Error, Equatable, CustomStringConvertible {
    case duplicateKey(String, first: String, second: String)
    case textOutsideEntry(file: String, line: Int)

    public var description: String {
        switch self {
        case let .duplicateKey(key, first, second):
            "prompt key [\(key)] is defined twice: at \(first) and at \(second); keep one"
        case let .textOutsideEntry(file, line):
            "\(file):\(line): text before the first [key] line; start each entry with a [key] line"
        }
    }
}
