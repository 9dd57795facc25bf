/// A figure from our records set against the customer's account, for `deflecting_but` (P4): right
/// after an apology, "Our service log has you in and out in 40 minutes, not the two hours stated" or
/// "the wait was only 15 minutes according to our system" takes the apology back as surely as a "but".
///
/// It needs three things in the sentence: a record (log, system, till, CCTV, tracking...), a figure
/// (digits or a number word), and a word that minimises or contradicts ("only", "just", "actually",
/// "not"). "Our log shows the engineer was two hours late, which is on us" owns the figure, and a
/// sentence that apologises again is not a dispute.
enum RecordDispute {
    static let records: Set<String> = [
        "log", "logs", "system", "systems", "records", "record", "timestamp", "timestamps", "till", "receipt",
        "receipts", "cctv", "footage", "tracking", "gps", "tracker", "app", "data", "clock", "rota",
    ]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "ninety", "half", "couple", "few",
    ]
    static let minimisers: Set<String> = ["only", "just", "actually", "merely", "not", "barely", "under", "less"]

    static func disputes(_ s: ReplySentence, _ text: ReplyText) -> Bool {
        let w = s.words
        var record = false, figure = false, minimised = false
        for word in w {
            if records.contains(word.norm) { record = true }
            if numberWords.contains(word.norm) || text.tokens[word.token].digitCount > 0 { figure = true }
            if minimisers.contains(word.norm) { minimised = true }
            if BlamesCustomerCheck.apologyWords.contains(word.norm) { return false }
        }
        guard record && figure && minimised else { return false }
        return !DeflectingButCheck.noExcuse.contains(in: w)
    }
}
