/// A pattern over lexicon concepts, in the spirit of spaCy's Matcher: a sequence of slots, each
/// a set of concepts with a polarity, each allowed to start up to `maxGap` tokens after the one
/// before ends, all within one clause or one sentence. Patterns are data; `TextAnalysis.find`
/// runs them. Built for both sides: the review signals and the reply checks.
public struct TextPattern: Sendable {
    /// Whether a slot accepts a concept inside a negation.
    public enum Polarity: Sendable {
        case any, affirmed, negated
        /// Affirmed and not in the past: something asked or promised, not something that happened.
        case open
        /// Negated and not a past form: "you didn't read", not the passive "you weren't told".
        case negatedPresent
    }

    /// How far a pattern may stretch.
    public enum Scope: Sendable {
        case clause, sentence
    }

    /// One position of the pattern.
    public struct Slot: Sendable {
        public var concepts: ConceptSet
        public var maxGap: Int
        public var polarity: Polarity
        /// The slot's words must open their sentence, or follow only a short opening clause
        /// ("Listen," "Let's make a deal:"): an imperative ("Refund me", "Pay $400").
        public var opensSentence: Bool

        public init(_ concepts: [Concept], gap: Int = 0, polarity: Polarity = .any, opensSentence: Bool = false) {
            self.concepts = ConceptSet(concepts)
            self.maxGap = gap
            self.polarity = polarity
            self.opensSentence = opensSentence
        }
    }

    public var slots: [Slot]
    public var scope: Scope
    /// Every concept a slot names (so a sentence lacking one is skipped at once).
    public let required: [ConceptSet]

    public init(_ slots: [Slot], scope: Scope = .sentence) {
        self.slots = slots
        self.scope = scope
        self.required = slots.map(\.concepts)
    }
}

/// Where a pattern matched: its tokens and the concept occurrence each slot took.
public struct PatternMatch: Sendable, Equatable {
    public var firstToken: Int
    public var endToken: Int
    public var parts: [ConceptMatch]

    public init(firstToken: Int, endToken: Int, parts: [ConceptMatch]) {
        self.firstToken = firstToken
        self.endToken = endToken
        self.parts = parts
    }
}

extension TextAnalysis {
    /// Whether a sentence mentions at least one concept of every slot (a cheap pre-check).
    @inline(__always)
    public func mayMatch(_ p: TextPattern, sentence s: Int) -> Bool {
        let have = sentenceConcepts[s]
        for r in p.required where !have.intersects(r) { return false }
        return true
    }

    /// The first match of `p` in sentence `s`, if any.
    public func find(_ p: TextPattern, sentence s: Int) -> PatternMatch? {
        guard !p.slots.isEmpty, mayMatch(p, sentence: s) else { return nil }
        let range = sentenceMatches[s]
        var chosen: [Int] = []
        for i in range where accepts(p.slots[0], matches[i]) {
            if chosen.isEmpty { chosen.reserveCapacity(p.slots.count) }
            chosen.removeAll(keepingCapacity: true)
            chosen.append(i)
            if extend(p, 1, range, &chosen) {
                let parts = chosen.map { matches[$0] }
                return PatternMatch(firstToken: parts[0].firstToken, endToken: parts[parts.count - 1].endToken, parts: parts)
            }
        }
        return nil
    }

    /// The concept occurrences of sentence `s` that start at token `token` (binary search: the
    /// matches are ordered by first token), so a rule can look at a word's neighbours in O(log n).
    public func matches(startingAt token: Int, sentence s: Int) -> ArraySlice<ConceptMatch> {
        matches(startingIn: token..<(token + 1), sentence: s)
    }

    /// The matches of sentence `s` whose first token lies in `tokens`, found by binary search
    /// (matches are kept in token order), so a look around one word costs the window, not the sentence.
    public func matches(startingIn tokens: Range<Int>, sentence s: Int) -> ArraySlice<ConceptMatch> {
        let range = sentenceMatches[s]
        func lowerBound(_ token: Int) -> Int {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi {
                let mid = (lo + hi) / 2
                if matches[mid].firstToken < token { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = lowerBound(tokens.lowerBound)
        var end = lo
        while end < range.upperBound && matches[end].firstToken < tokens.upperBound { end += 1 }
        return matches[lo..<end]
    }

    /// The first occurrence of any of `concepts` in sentence `s` with this polarity.
    public func first(_ concepts: ConceptSet, sentence s: Int, polarity: TextPattern.Polarity = .any) -> ConceptMatch? {
        let have = sentenceConcepts[s]
        guard have.intersects(concepts) else { return nil }
        for i in sentenceMatches[s] where accepts(concepts, polarity, matches[i]) { return matches[i] }
        return nil
    }

    @inline(__always)
    private func accepts(_ slot: TextPattern.Slot, _ m: ConceptMatch) -> Bool {
        guard accepts(slot.concepts, slot.polarity, m) else { return false }
        return !slot.opensSentence || opensSentence(m.firstToken)
    }

    /// Whether token `i` opens its sentence, or opens the clause after a short opening one.
    public func opensSentence(_ i: Int) -> Bool {
        let t = tokens[i]
        let first = sentences[Int(t.sentence)].firstToken
        if i == first { return true }
        guard tokens[i - 1].clause != t.clause else { return false }
        return tokens[i - 1].clause == tokens[first].clause && i - first <= 5
    }

    @inline(__always)
    private func accepts(_ concepts: ConceptSet, _ polarity: TextPattern.Polarity, _ m: ConceptMatch) -> Bool {
        guard concepts.contains(m.concept) else { return false }
        switch polarity {
        case .any: return true
        case .affirmed: return !m.negated
        case .negated: return m.negated
        case .open: return !m.negated && !m.past
        case .negatedPresent: return m.negated && !m.past
        }
    }

    /// Extends a partial match (`chosen`: indices into `matches`) with slot `k` onwards.
    private func extend(_ p: TextPattern, _ k: Int, _ range: Range<Int>, _ chosen: inout [Int]) -> Bool {
        if k == p.slots.count { return true }
        let i = chosen[chosen.count - 1]
        let prev = matches[i]
        let slot = p.slots[k]
        var j = i + 1
        // matches are ordered by first token; the next slot starts at or after the previous one ends
        while j < range.upperBound && matches[j].firstToken < prev.endToken { j += 1 }
        while j < range.upperBound {
            let m = matches[j]
            if m.firstToken > prev.endToken + slot.maxGap { break }
            if accepts(slot, m) && (p.scope == .sentence || tokens[m.firstToken].clause == tokens[prev.firstToken].clause) {
                chosen.append(j)
                if extend(p, k + 1, range, &chosen) { return true }
                chosen.removeLast()
            }
            j += 1
        }
        return false
    }
}
