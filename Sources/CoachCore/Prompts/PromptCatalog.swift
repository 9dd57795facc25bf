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
    /// Where each key was defined ("file:line"), for error messages.
    public private(set) var origins: [String: String]

    public init(entries: [String: String] = [:]) {
        self.entries = entries
        self.origins = [:]
    }

    /// Parses prompt files (name and text); later files may not redefine a key.
    public init(files: [(name: String, text: String)]) throws(PromptCatalogError) {
        self.init()
        for file in files { try add(file: file.name, text: file.text) }
    }

    /// Adds the entries of one file.
    public mutating func add(file: String, text: String) throws(PromptCatalogError) {
        var key: String?
        var lines: [Substring] = []
        var lineNumber = 0
        func flush() throws(PromptCatalogError) {
            guard let current = key else { return }
            while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
            entries[current] = lines.joined(separator: "\n")
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingTrailingWhitespace()
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count > 2,
                !trimmed.contains(" ")
            {
                try flush()
                let newKey = String(trimmed.dropFirst().dropLast())
                if let earlier = origins[newKey] {
                    throw .duplicateKey(newKey, first: earlier, second: "\(file):\(lineNumber)")
                }
                origins[newKey] = "\(file):\(lineNumber)"
                key = newKey
            } else if key == nil {
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                throw .textOutsideEntry(file: file, line: lineNumber)
            } else if trimmed.hasPrefix("#") && lines.isEmpty {
                continue  // comments directly under a key describe the entry
            } else {
                lines.append(trimmed)
            }
        }
        try flush()
    }

    /// Layers another catalog on top: its entries replace these (a trainer's edited copy).
    public func overridden(by other: PromptCatalog) -> PromptCatalog {
        var merged = self
        for (key, text) in other.entries {
            merged.entries[key] = text
            merged.origins[key] = other.origins[key]
        }
        return merged
    }

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

    /// The placeholder names a template uses.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) { names.append(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
                if endsASentence(value), rest.hasPrefix("\".") {
                    result += "\""
                    rest = rest.dropFirst(2)
                }
            } else {
                result += "{"
                rest = after
            }
        }
        result += rest
        return result
    }

    /// Whether text ends with its own sentence punctuation, so a template's full stop after it
    /// would double it.
    private static func endsASentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{2026}"
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

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
