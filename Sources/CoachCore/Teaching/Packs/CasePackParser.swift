/// Reads a case pack, the plain-text file a trainer writes (format in packs/README.md): optional
/// pack-wide `key: value` lines, then cases, each opened by `=== case ID ===` and made of
/// `key: value` fields whose value may go on over indented lines. Unindented `#` lines are
/// comments.
/// Fails on the first mistake with its line; the built-in cases go through the same reader.
public struct CasePackParser: Sendable {
    /// The name errors give for the file (a path, or `prompts/cases.txt` for the built-in pack).
    public var file: String
    /// Added to every line number (the line the pack's text starts on in its file, minus one).
    public var lineOffset: Int

    public init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// One field as written: its value's lines and the line it starts on.
    struct Written {
        var line: Int
        var lines: [String]
    }

    /// The cases of `text`, in file order, with the pack-wide defaults applied. The expected
    /// verdict is read, not checked: `CasePackCheck` does that.
    public func parse(_ text: String) throws(CasePackError) -> CasePack {
        var packFields: [PackField: Written] = [:]
        var blocks: [(id: String, line: Int, fields: [PackField: Written])] = []
        var current: PackField?
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            // A byte-order mark, as some Windows editors write, is not part of the first line.
            let line = lineNumber == 1 && raw.first == "\u{FEFF}" ? String(raw.dropFirst()) : String(raw)
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                if let field = current { append("", to: field, in: &packFields, &blocks) }
                continue
            }
            // An indented line goes on with the field above it, whatever it starts with (a
            // review may well have a line starting with "#" or "===").
            if line.first == " " || line.first == "\t" {
                guard let field = current else { throw error(lineNumber, .continuationWithoutField) }
                append(trimmed, to: field, in: &packFields, &blocks)
                continue
            }
            if trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("===") {
                let id = try caseID(in: trimmed, line: lineNumber)
                if let first = blocks.first(where: { $0.id == id }) {
                    throw error(lineNumber, .duplicateCase(id, firstLine: first.line + lineOffset))
                }
                blocks.append((id, lineNumber, [:]))
                current = nil
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { throw error(lineNumber, .notAField(trimmed)) }
            let name = String(line[..<colon]).trimmingWhitespace().lowercased()
            let allowed = blocks.isEmpty ? PackField.packWide : PackField.perCase
            guard let field = PackField(rawValue: name), allowed.contains(field) else {
                if name.isEmpty || name.contains(" ") { throw error(lineNumber, .notAField(trimmed)) }
                throw error(lineNumber, .unknownField(name, allowed: allowed))
            }
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            let written = Written(line: lineNumber, lines: value.isEmpty ? [] : [value])
            if blocks.isEmpty {
                if let first = packFields[field] { throw error(lineNumber, .repeatedField(field, firstLine: first.line + lineOffset)) }
                packFields[field] = written
            } else {
                if let first = blocks[blocks.count - 1].fields[field] {
                    throw error(lineNumber, .repeatedField(field, firstLine: first.line + lineOffset))
                }
                blocks[blocks.count - 1].fields[field] = written
            }
            current = field
        }
        guard !blocks.isEmpty else { throw error(max(1, lineNumber), .noCases) }
        let defaults = try caseDefaults(packFields)
        var cases: [PracticeCase] = []
        for block in blocks {
            cases.append(try practiceCase(id: block.id, line: block.line, fields: block.fields, defaults: defaults))
        }
        return CasePack(
            name: packFields[.pack].map { value(of: $0, .pack) }, title: packFields[.title].map { value(of: $0, .title) },
            cases: cases)
    }

    private func append(_ text: String, to field: PackField, in pack: inout [PackField: Written],
                        _ blocks: inout [(id: String, line: Int, fields: [PackField: Written])]) {
        if blocks.isEmpty { pack[field]?.lines.append(text) } else { blocks[blocks.count - 1].fields[field]?.lines.append(text) }
    }

    /// `=== case ID ===`: the id between "case" and the closing signs.
    private func caseID(in header: String, line: Int) throws(CasePackError) -> String {
        var inner = Substring(header)
        while inner.first == "=" { inner.removeFirst() }
        while inner.last == "=" { inner.removeLast() }
        let words = inner.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, words[0].lowercased() == "case",
            words[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw error(line, .badHeader(header)) }
        return String(words[1])
    }

    /// The value of a field: its lines without the blank ones at either end, kept as lines
    /// (review, model) or joined with spaces (the others).
    private func value(of written: Written, _ field: PackField) -> String {
        var lines = written.lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return field.keepsLines ? lines.joined(separator: "\n") : lines.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The pack-wide industry, difficulty, signature and contact, checked.
    private func caseDefaults(_ fields: [PackField: Written]) throws(CasePackError) -> CaseExtras {
        var extras = CaseExtras()
        try read(fields, into: &extras)
        return extras
    }

    private func read(_ fields: [PackField: Written], into extras: inout CaseExtras) throws(CasePackError) {
        if let written = fields[.industry] {
            let text = value(of: written, .industry)
            guard let industry = Industry(rawValue: text.lowercased()) else { throw error(written.line, .badIndustry(text)) }
            extras.industry = industry
        }
        if let written = fields[.difficulty] {
            let text = value(of: written, .difficulty)
            guard let difficulty = CaseDifficulty(rawValue: text.lowercased()) else { throw error(written.line, .badDifficulty(text)) }
            extras.difficulty = difficulty
        }
        if let written = fields[.signature] {
            let text = value(of: written, .signature)
            guard !text.isEmpty else { throw error(written.line, .emptyField(.signature)) }
            extras.signature = text
        }
        if let written = fields[.contact] {
            let text = value(of: written, .contact)
            guard !text.isEmpty else { throw error(written.line, .emptyField(.contact)) }
            extras.contact = text
        }
        if let written = fields[.claims] {
            var claims: [ClaimCategory] = []
            for word in value(of: written, .claims).split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
                guard let category = ClaimCategory(rawValue: word.lowercased()) else { throw error(written.line, .badClaim(String(word))) }
                if !claims.contains(category) { claims.append(category) }
            }
            extras.claims = claims
        }
        if let written = fields[.model] {
            let text = value(of: written, .model)
            guard !text.isEmpty else { throw error(written.line, .emptyField(.model)) }
            extras.modelReply = text
        }
    }

    private func practiceCase(id: String, line: Int, fields: [PackField: Written], defaults: CaseExtras) throws(CasePackError) -> PracticeCase {
        var texts: [PackField: String] = [:]
        for field in PackField.required {
            guard let written = fields[field] else { throw error(line, .missingField(caseID: id, field)) }
            let text = value(of: written, field)
            guard !text.isEmpty else { throw error(written.line, .emptyField(field)) }
            texts[field] = text
        }
        let verdictLine = fields[.verdict]!.line
        guard let verdict = Verdict(rawValue: texts[.verdict]!.lowercased()) else {
            throw error(verdictLine, .badVerdict(texts[.verdict]!))
        }
        let facts: OwnerFacts
        do {
            facts = try CaseFacts.parse(texts[.facts]!)
        } catch {
            throw self.error(fields[.facts]!.line, .badFacts(error))
        }
        var extras = defaults
        extras.claims = []
        extras.modelReply = nil
        try read(fields, into: &extras)
        extras.whatWentWrong = fields[.whatWentWrong].map { value(of: $0, .whatWentWrong) }
        extras.whatWeDid = fields[.whatWeDid].map { value(of: $0, .whatWeDid) }
        extras.expected = verdict
        extras.line = line + lineOffset
        extras.file = file
        return PracticeCase(
            id: id, review: texts[.review]!, facts: facts, context: texts[.context]!, note: texts[.note]!, extras: extras)
    }

    private func error(_ line: Int, _ problem: CasePackProblem) -> CasePackError {
        CasePackError(file: file, line: line + lineOffset, problem: problem)
    }
}

/// A parsed case pack: its name and title (if the file gives them) and its cases in file order.
public struct CasePack: Sendable, Equatable {
    public var name: String?
    public var title: String?
    public var cases: [PracticeCase]

    public init(name: String? = nil, title: String? = nil, cases: [PracticeCase]) {
        self.name = name
        self.title = title
        self.cases = cases
    }
}
