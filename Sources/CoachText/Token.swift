/// One normalised word of a text: where it is (UTF-8 bytes of the original), what it is after
/// normalisation (`lemma`: the hash of its base form, or of a stand-in such as `<amount>`), and
/// which sentence and clause hold it. A contraction gives several tokens over the same bytes
/// ("won't" gives `will` and `not`).
public struct Token: Sendable {
    /// The kinds of token the tokenizer tells apart.
    public enum Kind: UInt8, Sendable {
        case word, number, amount, currency, link
    }

    /// Facts about a token beyond its lemma.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Inside the scope of a negation ("not", "never", "didn't" ...).
        public static let negated = Flags(rawValue: 1)
        /// Written in capitals, two letters or more.
        public static let allCaps = Flags(rawValue: 2)
        /// First letter a capital, the rest lower case.
        public static let titleCase = Flags(rawValue: 4)
        /// A number written as a word or in digits.
        public static let numeric = Flags(rawValue: 8)
        /// Read as a one-letter typo of a lexicon word.
        public static let corrected = Flags(rawValue: 16)
        /// A negating word itself.
        public static let negator = Flags(rawValue: 32)
        /// A past form: "went", "took", "removed" (not "-ing", not "-s").
        public static let past = Flags(rawValue: 64)
    }

    public var lemma: UInt64
    private var start32: UInt32
    private var end32: UInt32
    public var sentence: Int32
    public var clause: Int32
    public var kind: Kind
    public var flags: Flags

    init(lemma: UInt64, start: Int, end: Int, sentence: Int32, clause: Int32, kind: Kind, flags: Flags) {
        self.lemma = lemma
        self.start32 = UInt32(truncatingIfNeeded: start)
        self.end32 = UInt32(truncatingIfNeeded: end)
        self.sentence = sentence
        self.clause = clause
        self.kind = kind
        self.flags = flags
    }

    /// Where the token starts in the text, in UTF-8 bytes.
    public var start: Int { Int(start32) }
    /// Where it ends (exclusive).
    public var end: Int {
        get { Int(end32) }
        set { end32 = UInt32(truncatingIfNeeded: newValue) }
    }
}

/// A run of tokens (a sentence or a clause) and the bytes it covers.
public struct TokenSpan: Sendable, Equatable {
    public var firstToken: Int
    public var endToken: Int
    public var start: Int
    public var end: Int
}
