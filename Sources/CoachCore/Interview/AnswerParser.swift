/// Turns what the owner typed into a typed answer. Accepts common wordings; never guesses:
/// anything it does not recognise is `nil`, and the question is asked again.
public enum AnswerParser {
    public static func yesNoUnsure(_ raw: String) -> YesNoUnsure? {
        let word = normalized(raw)
        if yesWords.contains(word) { return .yes }
        if noWords.contains(word) { return .no }
        if unsureWords.contains(word) { return .unsure }
        return nil
    }

    public static func fault(_ raw: String) -> FaultAnswer? {
        let word = normalized(raw)
        if partlyWords.contains(word) { return .partly }
        return yesNoUnsure(raw).map { FaultAnswer(rawValue: $0.rawValue)! }
    }

    public static func mood(_ raw: String) -> Mood? {
        let word = normalized(raw)
        if calmWords.contains(word) { return .calm }
        if upsetWords.contains(word) { return .upset }
        if angryWords.contains(word) { return .angry }
        return nil
    }

    public static func ready(_ raw: String) -> Bool {
        readyWords.contains(normalized(raw))
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

    static let yesWords: Set<String> = ["yes", "y", "yeah", "yep", "yup", "sure", "correct", "right", "true", "i can", "we can", "it did", "they did", "they are", "it is"]
    static let noWords: Set<String> = ["no", "n", "nope", "nah", "not at all", "false", "i can't", "i cannot", "we can't", "it didn't", "they didn't", "it isn't", "they aren't"]
    static let unsureWords: Set<String> = ["unsure", "not sure", "i'm not sure", "im not sure", "don't know", "dont know", "i don't know", "idk", "dunno", "maybe", "?", "u", "no idea", "can't tell", "cannot tell"]
    static let partlyWords: Set<String> = ["partly", "partially", "p", "a bit", "a little", "somewhat", "in part", "sort of", "kind of", "some"]
    static let calmWords: Set<String> = ["calm", "ok", "okay", "fine", "good", "alright", "all right", "relaxed", "c"]
    static let upsetWords: Set<String> = ["upset", "annoyed", "frustrated", "hurt", "sad", "stressed", "worried", "disappointed"]
    static let angryWords: Set<String> = ["angry", "furious", "livid", "mad", "fuming", "raging", "very angry", "really angry"]
    static let readyWords: Set<String> = ["ready", "i'm ready", "im ready", "continue", "go on", "ok", "okay", "yes"]
}
