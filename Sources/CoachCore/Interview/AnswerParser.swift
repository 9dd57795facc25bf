/// Turns what the owner typed into a typed answer. Accepts common wordings; never guesses:
/// anything it does not recognise is `nil`, and the question is asked again.
///
/// A choice may open the owner's own words: "yes, they came in but never booked" is the answer
/// `yes` with the note "they came in but never booked".
public enum AnswerParser {
    /// The choice a line opens with, and the rest of the line as the owner's note.
    public static func choice(_ choices: Choices, _ raw: String) -> ChoiceAnswer? {
        let table = words(for: choices)
        if let word = match(normalized(raw), in: table) { return ChoiceAnswer(word: word) }
        guard choices.takesNote else { return nil }
        let tokens = wordRanges(raw)
        for count in stride(from: min(4, tokens.count), through: 1, by: -1) {
            let head = raw[tokens[0].lowerBound..<tokens[count - 1].upperBound]
            guard let word = match(normalized(String(head)), in: table) else { continue }
            let rest = raw[tokens[count - 1].upperBound...].drop { isSeparator($0) }
            let note = rest.trimmingWhitespace()
            return ChoiceAnswer(word: word, note: note.isEmpty ? nil : note)
        }
        return nil
    }

    public static func yesNoUnsure(_ raw: String) -> YesNoUnsure? {
        choice(.yesNoUnsure, raw).flatMap { YesNoUnsure(rawValue: $0.word) }
    }

    public static func fault(_ raw: String) -> FaultAnswer? {
        choice(.fault, raw).flatMap { FaultAnswer(rawValue: $0.word) }
    }

    public static func mood(_ raw: String) -> Mood? {
        choice(.mood, raw).flatMap { Mood(rawValue: $0.word) }
    }

    /// Whether the owner asked to skip a detail.
    public static func isSkip(_ raw: String) -> Bool {
        ["skip", "pass", "none", "-"].contains(normalized(raw))
    }

    /// Lowercased, trimmed, curly apostrophes straightened, trailing punctuation dropped.
    static func normalized(_ raw: String) -> String {
        var text = String(raw.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        while let last = text.last, last.isWhitespace || ".!,".contains(last) { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The canonical word whose wordings include `word`.
    private static func match(_ word: String, in table: [(String, Set<String>)]) -> String? {
        table.first { $0.1.contains(word) }?.0
    }

    /// Between words: whitespace and the punctuation that ends a leading answer ("yes, ...").
    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || ",;:.!-\u{2013}\u{2014}".contains(character)
    }

    /// The ranges of the words of a line, punctuation left out.
    private static func wordRanges(_ raw: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = raw.startIndex
        while index < raw.endIndex {
            guard !isSeparator(raw[index]) else { index = raw.index(after: index); continue }
            let start = index
            while index < raw.endIndex, !isSeparator(raw[index]) { index = raw.index(after: index) }
            ranges.append(start..<index)
        }
        return ranges
    }

    /// The wordings of each canonical answer of a choice, tried in order.
    static func words(for choices: Choices) -> [(String, Set<String>)] {
        switch choices {
        case .mood: [("calm", calmWords), ("upset", upsetWords), ("angry", angryWords)]
        case .ready: [("ready", readyWords)]
        case .yesNoUnsure: [("yes", yesWords), ("no", noWords), ("unsure", unsureWords)]
        case .fault: [("partly", partlyWords), ("yes", yesWords), ("no", noWords), ("unsure", unsureWords)]
        case .verdict: VerdictAnswer.accepted.map { ($0.word, $0.wordings) }
        case .industry: Industry.allCases.map { ($0.rawValue, (industryWords[$0] ?? []).union([$0.rawValue])) }
        // "partly" before "true": "partly true" opens with "partly"; "not yet" is no denial here.
        case .stance: [("partly", partlyWords.union(["partly true", "partially true", "half true", "half right"])),
                       ("unknown", unsureWords.union(unknownStanceWords)),
                       ("true", yesWords.union(["that's right", "that's true", "it's true", "it happened", "right"])),
                       ("false", noWords.subtracting(["not yet"]).union(["wrong", "not true", "untrue", "that's wrong", "that's false", "it's not true", "it didn't happen"]))]
        // A skip takes the default, as classify does: a public review.
        case .channel: [("public", ["public", "public review", "review", "in the review", "a review", "a public review", "publicly", "in public", "skip"]),
                        ("private", privateChannelWords.union(privateChannelWords.flatMap { ["by \($0)", "on \($0)", "in a \($0)"] })),
                        ("both", ["both", "both of them", "all", "each"])]
        }
    }

    /// The private ways a demand comes ("by", "on" or "in a" may come first).
    static let privateChannelWords: Set<String> = ["private", "private message", "a private message", "privately", "text", "a text", "sms", "message", "e-mail", "email", "an email", "an e-mail", "mail", "whatsapp", "dm", "phone", "call", "letter"]

    /// Ways to say "I don't know yet" about a claim; a skip is one too (the claim stays unknown).
    static let unknownStanceWords: Set<String> = ["unknown", "don't know yet", "dont know yet", "do not know yet", "not yet", "not known", "skip", "pass", "-", "later", "no idea yet"]

    static let yesWords: Set<String> = ["yes", "y", "yeah", "yep", "yup", "sure", "correct", "right", "true", "i can", "we can", "it did", "they did", "they are", "it is"]
    static let noWords: Set<String> = ["no", "n", "nope", "nah", "not at all", "not yet", "not really", "never", "false", "i can't", "i cannot", "we can't", "it didn't", "they didn't", "it isn't", "they aren't"]
    static let unsureWords: Set<String> = ["unsure", "not sure", "i'm not sure", "im not sure", "don't know", "dont know", "i don't know", "idk", "dunno", "maybe", "?", "u", "no idea", "can't tell", "cannot tell"]
    static let partlyWords: Set<String> = ["partly", "partially", "p", "a bit", "a little", "somewhat", "in part", "sort of", "kind of", "kinda", "some"]
    static let calmWords: Set<String> = ["calm", "ok", "okay", "fine", "good", "alright", "all right", "relaxed", "c"]
    static let upsetWords: Set<String> = ["upset", "annoyed", "frustrated", "hurt", "sad", "stressed", "worried", "disappointed"]
    static let angryWords: Set<String> = ["angry", "furious", "livid", "mad", "fuming", "raging", "very angry", "really angry"]
    /// Clear everyday names of each kind of business, besides the kind's own word.
    static let industryWords: [Industry: Set<String>] = [
        .restaurant: ["cafe", "café", "bar", "pub", "pizzeria", "takeaway", "bakery"],
        .hotel: ["b&b", "guesthouse", "guest house", "hostel", "holiday rental", "motel"],
        .healthcare: ["clinic", "dentist", "doctor", "pharmacy", "health care", "physio"],
        .trades: ["trade", "plumber", "builder", "electrician", "repairs", "garage"],
        .retail: ["shop", "store", "boutique"],
        .online: ["online shop", "web shop", "e-commerce", "webshop"],
        .professional: ["lawyer", "accountant", "consultant", "law firm", "agency"],
    ]
    static let readyWords: Set<String> = ["ready", "i'm ready", "im ready", "continue", "go on", "ok", "okay", "yes"]
}

/// A choice as the owner gave it: the canonical word (`yes`, `partly`, `calm`) and, when they
/// said more, the rest in their own words.
public struct ChoiceAnswer: Sendable, Equatable, Hashable {
    public var word: String
    public var note: String?

    public init(word: String, note: String? = nil) {
        self.word = word
        self.note = note
    }
}
