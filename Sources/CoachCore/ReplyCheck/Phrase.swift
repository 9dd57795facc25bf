/// A word pattern matched against the words of one sentence, without Regex.
///
/// Pattern syntax, elements separated by spaces:
/// - `sue|suing|sued` one of these words (`'` stands for any apostrophe form);
/// - `libel*` any word starting with `libel`;
/// - `_` any one word;
/// - `~3` up to three words of any kind (none allowed too);
/// - a leading `?` makes an element optional: `?just|simply`;
/// - `+` joins words into one alternative: `you're|you+are` matches "you're" or "you are"
///   (a `PhraseSet` expands these into plain phrases).
/// Words after the first must not be separated from the previous one by clause punctuation.
struct Phrase: Sendable {
    /// One compiled element of a pattern.
    enum Element: Sendable {
        case words(exact: Set<String>, prefixes: [String], optional: Bool)
        case any(optional: Bool)
        case gap(Int)
    }

    let pattern: String
    let elements: [Element]

    init(_ pattern: String) {
        self.pattern = pattern
        var elems: [Element] = []
        for part in pattern.split(separator: " ") {
            var p = Substring(part)
            var optional = false
            if p.hasPrefix("?") && p.count > 1 { optional = true; p = p.dropFirst() }
            if p == "_" { elems.append(.any(optional: optional)); continue }
            if p.hasPrefix("~"), let n = Int(p.dropFirst()) { elems.append(.gap(n)); continue }
            var exact: Set<String> = [], prefixes: [String] = []
            for alt in p.split(separator: "|") {
                if alt.hasSuffix("*") { prefixes.append(String(alt.dropLast())) } else { exact.insert(String(alt)) }
            }
            elems.append(.words(exact: exact, prefixes: prefixes, optional: optional))
        }
        self.elements = elems
    }

    /// The exact first words, if the first element is a required word list without prefixes.
    var firstWords: Set<String>? {
        if case let .words(exact, prefixes, optional)? = elements.first, prefixes.isEmpty, !optional { return exact }
        return nil
    }

    static func accepts(_ element: Element, _ word: String) -> Bool {
        switch element {
        case let .words(exact, prefixes, _):
            if exact.contains(word) { return true }
            for p in prefixes where word.hasPrefix(p) { return true }
            return false
        case .any: return true
        case .gap: return false
        }
    }

    /// The end (exclusive word index) of a match starting exactly at `start`, or nil.
    func match(_ words: [ReplyWord], at start: Int) -> Int? {
        guard start < words.count else { return nil }
        return step(0, start, start, words)
    }

    private func step(_ e: Int, _ w: Int, _ start: Int, _ words: [ReplyWord]) -> Int? {
        if e == elements.count { return w > start ? w : nil }
        let el = elements[e]
        switch el {
        case let .gap(n):
            var k = 0
            while k <= n {
                if let r = step(e + 1, w + k, start, words) { return r }
                let next = w + k
                guard next < words.count, next == start || !words[next].breakBefore else { break }
                k += 1
            }
            return nil
        case let .words(_, _, optional), let .any(optional):
            if w < words.count, w == start || !words[w].breakBefore, Phrase.accepts(el, words[w].norm),
               let r = step(e + 1, w + 1, start, words) {
                return r
            }
            return optional ? step(e + 1, w, start, words) : nil
        }
    }
}

/// One match of a phrase: the phrase's position in its set and the words `[start, end)` it covers.
struct PhraseMatch: Sendable {
    let phrase: Int
    let start: Int
    let end: Int
}

/// Many phrases matched together, indexed by first word so long sentences stay fast.
struct PhraseSet: Sendable {
    let phrases: [Phrase]
    private let byFirst: [String: [Int]]
    private let others: [Int]

    /// For each expanded phrase, the index of the pattern it came from.
    private let origin: [Int]

    init(_ patterns: [String]) {
        var phrases: [Phrase] = [], origin: [Int] = []
        for (i, pattern) in patterns.enumerated() {
            for variant in PhraseSet.expand(pattern) {
                phrases.append(Phrase(variant))
                origin.append(i)
            }
        }
        self.phrases = phrases
        self.origin = origin
        var byFirst: [String: [Int]] = [:], others: [Int] = []
        for (i, p) in phrases.enumerated() {
            if let first = p.firstWords {
                for w in first { byFirst[w, default: []].append(i) }
            } else {
                others.append(i)
            }
        }
        self.byFirst = byFirst
        self.others = others
    }

    /// Expands `+` alternatives into plain patterns: "you're|you+are not" gives "you're not" and "you are not".
    static func expand(_ pattern: String) -> [String] {
        var variants: [String] = [""]
        for part in pattern.split(separator: " ") {
            var choices: [String] = []
            if part.contains("+") {
                let optional = part.hasPrefix("?")
                let body = optional ? part.dropFirst() : Substring(part)
                let alts = body.split(separator: "|")
                let single = alts.filter { !$0.contains("+") }
                if !single.isEmpty { choices.append((optional ? "?" : "") + single.joined(separator: "|")) }
                for multi in alts where multi.contains("+") {
                    choices.append(multi.split(separator: "+").map { (optional ? "?" : "") + $0 }.joined(separator: " "))
                }
                if optional { choices.append("") }
            } else {
                choices = [String(part)]
            }
            var next: [String] = []
            for v in variants {
                for c in choices { next.append(c.isEmpty ? v : (v.isEmpty ? c : v + " " + c)) }
            }
            variants = next
        }
        return variants.filter { !$0.isEmpty }
    }

    /// Every match in the words, by start position; at one start, every phrase that matches.
    /// `PhraseMatch.phrase` is the index of the pattern given to `init`.
    func matches(in words: [ReplyWord]) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        for i in words.indices {
            for p in byFirst[words[i].norm] ?? [] {
                if let end = phrases[p].match(words, at: i) { out.append(PhraseMatch(phrase: origin[p], start: i, end: end)) }
            }
            for p in others {
                if let end = phrases[p].match(words, at: i) { out.append(PhraseMatch(phrase: origin[p], start: i, end: end)) }
            }
        }
        return out
    }

    /// The first match, if any.
    func firstMatch(in words: [ReplyWord], from: Int = 0, to: Int? = nil) -> PhraseMatch? {
        let upper = min(to ?? words.count, words.count)
        var i = max(from, 0)
        while i < upper {
            for p in byFirst[words[i].norm] ?? [] {
                if let end = phrases[p].match(words, at: i) { return PhraseMatch(phrase: origin[p], start: i, end: end) }
            }
            for p in others {
                if let end = phrases[p].match(words, at: i) { return PhraseMatch(phrase: origin[p], start: i, end: end) }
            }
            i += 1
        }
        return nil
    }

    /// Whether any phrase matches in the words.
    func contains(in words: [ReplyWord]) -> Bool { firstMatch(in: words) != nil }
}
