/// The lexicon's text files parsed into entries, with every malformed line reported by file and
/// line. Pure: the caller supplies the files' names and text (the build-time embedder, the tests).
///
/// Layout (see `lexicon/README.md`): `concepts/NAME.txt` holds one entry a line for the concept
/// NAME; `forms/word-forms.txt`, `forms/contractions.txt`, `forms/numbers.txt` and
/// `forms/not-typos.txt` hold the normaliser's tables. `#` starts a comment line.
public struct LexiconSource: Sendable {
    /// One entry of a concept, with where it was written.
    public struct Entry: Sendable, Equatable {
        public var concept: String
        public var text: String
        public var file: String
        public var line: Int
    }

    /// Every concept entry, in file order.
    public private(set) var entries: [Entry] = []
    /// The concept names, sorted.
    public private(set) var conceptNames: [String] = []
    /// Irregular forms: (lemma, forms).
    public private(set) var wordForms: [(lemma: String, forms: [String])] = []
    /// Contractions and their expansion (a list of words).
    public private(set) var contractions: [(word: String, expansion: [String])] = []
    /// Number words and their value.
    public private(set) var numbers: [(word: String, value: Int)] = []
    /// Real words never read as a typo of a lexicon word.
    public private(set) var notTypos: [String] = []

    /// A line the lexicon cannot use, with where it is and what is wrong.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses the files; throws the first problem found (files in the order given).
    public init(files: [(name: String, text: String)]) throws {
        let problems = Self.parse(files, into: &self)
        if let first = problems.first { throw first }
    }

    /// Every problem in the files (malformed lines, duplicate entries, unknown files).
    public static func problems(in files: [(name: String, text: String)]) -> [Problem] {
        var source = LexiconSource()
        return parse(files, into: &source)
    }

    private init() {}

    private static func parse(_ files: [(name: String, text: String)], into source: inout LexiconSource) -> [Problem] {
        var problems: [Problem] = []
        var names = Set<String>()
        for file in files.sorted(by: { $0.name < $1.name }) {
            var seen = Set<String>()
            let parts = file.name.split(separator: "/")
            guard parts.count == 2, parts[1].hasSuffix(".txt") else {
                problems.append(Problem(file: file.name, line: 0, message: "expected concepts/NAME.txt, forms/NAME.txt or weights/NAME.txt"))
                continue
            }
            let base = String(parts[1].dropLast(4))
            for (index, raw) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(raw)
                let number = index + 1
                if line.isEmpty || line.hasPrefix("#") { continue }
                func problem(_ message: String) { problems.append(Problem(file: file.name, line: number, message: message)) }
                if parts[0] == "concepts" {
                    guard isWellFormed(line) else { problem("malformed entry '\(line)': lower-case words separated by single spaces"); continue }
                    guard seen.insert(line).inserted else { problem("duplicate entry '\(line)'"); continue }
                    source.entries.append(Entry(concept: base, text: line, file: file.name, line: number))
                    names.insert(base)
                    continue
                }
                if parts[0] == "weights" {
                    // "label word weight": a model's weight for one word, fit offline (scripts/fit-claims)
                    let fields = line.split(separator: " ", omittingEmptySubsequences: false)
                    guard fields.count == 3, !fields[0].isEmpty, fields[0].utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }), fields[1] == "*" || isWellFormed(String(fields[1])),
                        !fields[1].contains(" "), Double(fields[2]) != nil
                    else { problem("malformed weight '\(line)': expected 'label word weight'"); continue }
                    guard seen.insert(String(fields[0] + " " + fields[1])).inserted else { problem("duplicate weight '\(line)'"); continue }
                    continue
                }
                guard parts[0] == "forms" else { problem("unknown folder \(parts[0])"); continue }
                if base == "not-typos" {
                    guard isWellFormed(line), !line.contains(" ") else { problem("malformed word '\(line)'"); continue }
                    guard seen.insert(line).inserted else { problem("duplicate entry '\(line)'"); continue }
                    source.notTypos.append(line)
                    continue
                }
                let halves = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                guard halves.count == 2, halves[1].hasPrefix(" "), isWellFormed(String(halves[0])) else {
                    problem("malformed line '\(line)': expected 'word: ...'"); continue
                }
                let key = String(halves[0])
                let rest = String(halves[1].dropFirst())
                guard isWellFormed(rest) else { problem("malformed line '\(line)'"); continue }
                guard seen.insert(key).inserted else { problem("duplicate entry '\(key)'"); continue }
                let words = rest.split(separator: " ").map(String.init)
                switch base {
                case "word-forms": source.wordForms.append((key, words))
                case "contractions": source.contractions.append((key, words))
                case "numbers":
                    guard words.count == 1, let value = Int(words[0]) else { problem("expected 'word: NUMBER'"); continue }
                    source.numbers.append((key, value))
                default: problem("unknown forms file \(base)")
                }
            }
        }
        source.conceptNames = names.sorted()
        return problems
    }

    /// Lower-case words (ASCII letters, digits, `'`, letters beyond ASCII such as "é" for the
    /// other languages' entries, `*` masking a letter, a `<kind>` stand-in, or `...` between two
    /// words) separated by single spaces.
    static func isWellFormed(_ line: String) -> Bool {
        guard !line.isEmpty, !line.hasPrefix(" "), !line.hasSuffix(" "), !line.contains("  ") else { return false }
        guard !line.hasPrefix("..."), !line.hasSuffix("..."), !line.contains("... ...") else { return false }
        for word in line.split(separator: " ") {
            if word == "..." { continue }  // up to three words between: "take ... down"
            if word.hasPrefix("<") {
                guard word == "<amount>" || word == "<number>" || word == "<link>" else { return false }
                continue
            }
            for b in word.utf8 {
                let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b >= 0x80
                    || b == 0x2A  // '*' masks a letter: "b*tch"
                if !ok { return false }
            }
        }
        return true
    }
}
