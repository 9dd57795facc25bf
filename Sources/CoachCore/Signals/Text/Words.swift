/// Hashes of single words the detectors test by identity (as opposed to by word family).
enum W {
    static let or = WordHash.of("or"), and = WordHash.of("and"), then = WordHash.of("then")
    static let `else` = WordHash.of("else"), `if` = WordHash.of("if"), even = WordHash.of("even")
    static let `as` = WordHash.of("as"), what = WordHash.of("what"), only = WordHash.of("only")
    static let `for` = WordHash.of("for"), `in` = WordHash.of("in"), exchange = WordHash.of("exchange")
    static let `return` = WordHash.of("return"), soon = WordHash.of("soon"), whether = WordHash.of("whether")
    static let not = WordHash.of("not"), no = WordHash.of("no"), down = WordHash.of("down"), up = WordHash.of("up")
    static let it = WordHash.of("it"), this = WordHash.of("this"), that = WordHash.of("that")
    static let `do` = WordHash.of("do"), doing = WordHash.of("doing"), again = WordHash.of("again")
    static let you = WordHash.of("you"), can = WordHash.of("can"), could = WordHash.of("could")
    static let should = WordHash.of("should"), must = WordHash.of("must"), need = WordHash.of("need")
    static let have = WordHash.of("have"), better = WordHash.of("better"), how = WordHash.of("how")
    static let about = WordHash.of("about"), card = WordHash.of("card"), cards = WordHash.of("cards")
    static let of = WordHash.of("of"), money = WordHash.of("money"), pay = WordHash.of("pay")
    static let free = WordHash.of("free"), credit = WordHash.of("credit"), me = WordHash.of("me")
    static let us = WordHash.of("us"), back = WordHash.of("back"), right = WordHash.of("right")
    static let things = WordHash.of("things"), make = WordHash.of("make"), makes = WordHash.of("makes")
    static let take = WordHash.of("take"), taking = WordHash.of("taking"), pull = WordHash.of("pull")
    static let pulling = WordHash.of("pulling"), bump = WordHash.of("bump"), bumping = WordHash.of("bumping")
    static let raise = WordHash.of("raise"), boost = WordHash.of("boost"), increase = WordHash.of("increase")
    static let give = WordHash.of("give"), giving = WordHash.of("giving"), tell = WordHash.of("tell")
    static let telling = WordHash.of("telling"), warn = WordHash.of("warn"), warning = WordHash.of("warning")
    static let `let` = WordHash.of("let"), spread = WordHash.of("spread"), spreading = WordHash.of("spreading")
    static let everything = WordHash.of("everything"), get = WordHash.of("get"), gets = WordHash.of("gets")
    static let receive = WordHash.of("receive"), receives = WordHash.of("receives"), hear = WordHash.of("hear")
    static let off = WordHash.of("off"), keep = WordHash.of("keep"), keeping = WordHash.of("keeping")
    static let report = WordHash.of("report"), reporting = WordHash.of("reporting")
    static let leave = WordHash.of("leave"), leaving = WordHash.of("leaving"), go = WordHash.of("go")
    static let going = WordHash.of("going"), goes = WordHash.of("goes"), comes = WordHash.of("comes")
    static let to = WordHash.of("to"), be = WordHash.of("be"), social = WordHash.of("social")
    static let media = WordHash.of("media"), i = WordHash.of("i"), we = WordHash.of("we")
    static let `let's` = WordHash.of("let's"), lets = WordHash.of("lets"), anyway = WordHash.of("anyway")
    static let regardless = WordHash.of("regardless"), still = WordHash.of("still")
    static let percentOff = WordHash.of("off"), half = WordHash.of("half"), price = WordHash.of("price")
    static let like = WordHash.of("like"), house = WordHash.of("house"), the = WordHash.of("the"), a = WordHash.of("a"), an = WordHash.of("an")

    /// Words before "free" that make it not a thing of value ("gluten free", "feel free").
    static let freeExcluders: Set<UInt64> = Set([
        "gluten", "sugar", "dairy", "fat", "lactose", "nut", "smoke", "pet", "stress", "hassle",
        "hands", "duty", "tax", "toll", "cruelty", "alcohol", "caffeine", "feel", "feeling",
        "germ", "allergen", "carb", "meat", "wheat", "soy", "egg", "bpa", "trouble", "worry",
        "pain", "scot", "fancy", "break", "broke", "set", "walk", "roam", "break",
    ].map(WordHash.of))

    /// Modal words after "you" that make a sentence a proposal ("you can comp me the room").
    static let proposalModals: Set<UInt64> = Set([
        "can", "could", "should", "must", "need", "have", "better", "'d", "you'd", "gotta",
    ].map(WordHash.of))

    /// Nouns that follow "want" in "I want X" requests is not needed; words that start a linked
    /// sentence ("Otherwise, ...", "Or else ...").
    static let linkStarts: Set<UInt64> = Set([
        "otherwise", "or", "else", "then", "and", "so", "unless", "if", "in", "until", "once",
        "but", "failing",
    ].map(WordHash.of))
}

extension WordHash {
    static let the = WordHash.of("the"), out = WordHash.of("out")
}
