/// The prompt keys case packs, their check and the worksheet use (in prompts/packs.txt).
public enum PackKey: String, CaseIterable, Sendable {
    case defaultSignature = "pack.signature.default"
    case defaultContact = "pack.contact.default"
    case builtIn = "pack.builtin"
    case restaurant = "pack.restaurant"
    case hotel = "pack.hotel"
    case healthcare = "pack.healthcare"
    case retail = "pack.retail"
    case trades = "pack.trades"
    case wrongVerdicts = "pack.wrong_verdicts"
    case worksheetTitle = "worksheet.title"
    case worksheetIntro = "worksheet.intro"
    case worksheetCase = "worksheet.case"
    case worksheetReview = "worksheet.review"
    case worksheetContext = "worksheet.context"
    case worksheetVerdict = "worksheet.verdict"
    case worksheetReply = "worksheet.reply"
    case answersTitle = "worksheet.answers.title"
    case answersVerdict = "worksheet.answers.verdict"
    case answersWhy = "worksheet.answers.why"
    case answersNote = "worksheet.answers.note"
    case answersModel = "worksheet.answers.model"
    case worksheetWritten = "worksheet.written"
    case worksheetExists = "worksheet.exists"

    /// The packs that ship with the coach, by the name `practice --pack` takes.
    public static let packs: [String: PackKey] = [
        "builtin": .builtIn, "restaurant": .restaurant, "hotel": .hotel, "healthcare": .healthcare, "retail": .retail,
        "trades": .trades,
    ]
}
