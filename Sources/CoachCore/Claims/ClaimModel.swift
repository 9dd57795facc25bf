import CoachLexicon
import CoachText

/// A word-weight model per claim category, fit offline by `scripts/fit-claims` over the
/// annotated claim sets in `eval/` and committed as data (`lexicon/weights/claims.txt`): it
/// finds claims said in words no lexicon entry lists. Deterministic: a sentence raises a
/// category when its bias plus the weights of the sentence's words clears `margin`; negated words
/// ("not rude") count for nothing.
public struct ClaimModel: Sendable {
    /// Each category's bias (the weight of the `*` line).
    let bias: [ClaimCategory: Double]
    /// The weights of a word's lemma, per category.
    let weights: [UInt64: [(ClaimCategory, Double)]]

    /// The model in `lexicon/weights/claims.txt`, read against the shipped lexicon.
    public static let shipped = ClaimModel(
        text: EmbeddedLexicon.files.first { $0.name == "weights/claims.txt" }?.text ?? "", lexicon: EmbeddedLexicon.shared)

    /// Reads `label word weight` lines (`#` comments; `*` is the label's bias); a label that
    /// names no category is skipped. Each word is read by the engine, so its weight applies to
    /// every form of it ("charged" and "charge" share one).
    public init(text: String, lexicon: TextLexicon) {
        var bias: [ClaimCategory: Double] = [:]
        var weights: [UInt64: [(ClaimCategory, Double)]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: " ")
            guard f.count == 3, let category = ClaimCategory(rawValue: String(f[0])), let w = Double(f[2]) else { continue }
            if f[1] == "*" { bias[category] = w; continue }
            guard let lemma = Self.feature(of: String(f[1]), lexicon: lexicon) else { continue }
            weights[lemma, default: []].append((category, w))
        }
        self.bias = bias
        self.weights = weights
    }

    /// How far above even odds a sentence's score must be: the model adds to the phrases, so it
    /// speaks only when fairly sure.
    static let margin = 1.0

    /// The categories sentence `s` of `text` raises, in `ClaimCategory` order.
    func categories(in text: TextAnalysis, sentence s: Int) -> [ClaimCategory] {
        guard !bias.isEmpty else { return [] }
        var score = bias
        for lemma in Self.features(in: text, sentence: s) {
            for (c, w) in weights[lemma] ?? [] { score[c, default: 0] += w }
        }
        return ClaimCategory.allCases.filter { (score[$0] ?? 0) > Self.margin }
    }

    /// The features of sentence `s`: each word's lemma once, every number as one feature and
    /// every sum of money as another.
    public static func features(in text: TextAnalysis, sentence s: Int) -> Set<UInt64> {
        let span = text.sentences[s]
        var out = Set<UInt64>()
        for i in span.firstToken..<span.endToken {
            let t = text.tokens[i]
            if t.flags.contains(.negated) { continue }  // "not rude" is no rudeness
            switch t.kind {
            case .word: out.insert(t.flags.contains(.numeric) ? TextHash.number : t.lemma)
            case .number: out.insert(TextHash.number)
            case .amount: out.insert(TextHash.amount)
            default: continue
            }
        }
        return out
    }

    /// Sentence `s`'s features as (lemma, word as written, lower case) pairs, for the fitting script.
    public static func writtenFeatures(in text: TextAnalysis, sentence s: Int) -> [(UInt64, String)] {
        let span = text.sentences[s]
        return (span.firstToken..<span.endToken).compactMap { i in
            let t = text.tokens[i]
            if t.flags.contains(.negated) { return nil }
            switch t.kind {
            case .word: return t.flags.contains(.numeric) ? (TextHash.number, TextHash.numberSpelling) : (t.lemma, text.text(t.start, t.end).lowercased())
            case .number: return (TextHash.number, TextHash.numberSpelling)
            case .amount: return (TextHash.amount, TextHash.amountSpelling)
            default: return nil
            }
        }
    }

    /// The feature of one written word (or `<number>`, `<amount>`) as the engine reads it.
    static func feature(of word: String, lexicon: TextLexicon) -> UInt64? {
        if word == TextHash.numberSpelling { return TextHash.number }
        if word == TextHash.amountSpelling { return TextHash.amount }
        let read = TextAnalysis(word, lexicon: lexicon)
        guard read.tokens.count == 1, read.tokens[0].kind == .word else { return nil }
        return read.tokens[0].lemma
    }
}

extension ClaimModel {
    /// Each sentence of `review` as the shipped lexicon reads it: its byte range and its words
    /// (lemma, word as written), for `lexicon-probe --claim-features`.
    public static func sentenceFeatures(of review: String) -> [(start: Int, end: Int, words: [(UInt64, String)])] {
        let text = TextAnalysis(review, lexicon: EmbeddedLexicon.shared)
        return text.sentences.indices.map { s in
            (text.sentences[s].start, text.sentences[s].end, writtenFeatures(in: text, sentence: s))
        }
    }
}
