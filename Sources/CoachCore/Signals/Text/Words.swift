/// Hashes of single words the detectors test by identity (as opposed to by word family).
enum W {
    static let taken: UInt64 = 0xc379d129de405f48  // "taken"
    static let pulled: UInt64 = 0xb5d3c81298bacd3f  // "pulled"
    static let otherwise: UInt64 = 0xdcfab4240d697e3d  // "otherwise"
    static let they: UInt64 = 0x2579baef323cf77f  // "they"
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let then: UInt64 = 0x2579c7ef323d0d96  // "then"
    static let `else`: UInt64 = 0x7f2b6c605332dd30  // "else"
    static let `if`: UInt64 = 0x08b73007b55c3e26  // "if"
    static let even: UInt64 = 0xd59af160841ae311  // "even"
    static let `as`: UInt64 = 0x089c5507b545b54d  // "as"
    static let what: UInt64 = 0x9be8c5f64f26c30f  // "what"
    static let only: UInt64 = 0x072ddab46af04ab7  // "only"
    static let `for`: UInt64 = 0xdcb27818fed9da90  // "for"
    static let `in`: UInt64 = 0x08b73807b55c4bbe  // "in"
    static let exchange: UInt64 = 0x8cb31206e3250360  // "exchange"
    static let `return`: UInt64 = 0xc5c7b983377cad5f  // "return"
    static let soon: UInt64 = 0x602ed118f0b5a372  // "soon"
    static let whether: UInt64 = 0x9945f6a9a016bae2  // "whether"
    static let not: UInt64 = 0x215ad619258e9f4a  // "not"
    static let no: UInt64 = 0x08b35907b5589afa  // "no"
    static let down: UInt64 = 0xdc04126761bb7455  // "down"
    static let up: UInt64 = 0x08c43a07b566d980  // "up"
    static let it: UInt64 = 0x08b73e07b55c55f0  // "it"
    static let this: UInt64 = 0x2587bcef32493841  // "this"
    static let that: UInt64 = 0x256cadef3232570c  // "that"
    static let `do`: UInt64 = 0x08915907b53bb494  // "do"
    static let doing: UInt64 = 0x75f091ab8fb04d44  // "doing"
    static let again: UInt64 = 0xaf7bfe15af02b5cf  // "again"
    static let you: UInt64 = 0xb5617c19799ea15c  // "you"
    static let can: UInt64 = 0xf5e2f1190ce47dc5  // "can"
    static let could: UInt64 = 0xb1ecd68e447facbe  // "could"
    static let should: UInt64 = 0xa5f5dafcaa01716a  // "should"
    static let must: UInt64 = 0xb66c6ca292e2e7a8  // "must"
    static let need: UInt64 = 0xe57882baa062182d  // "need"
    static let have: UInt64 = 0x2e47c5cc74230edb  // "have"
    static let better: UInt64 = 0x36ede0d3f06e8d8f  // "better"
    static let how: UInt64 = 0x335f27192ff5d5ed  // "how"
    static let about: UInt64 = 0x3f74142d6181ea7e  // "about"
    static let card: UInt64 = 0xb5614e90e87b455f  // "card"
    static let cards: UInt64 = 0xaf9dac3b097689c4  // "cards"
    static let of: UInt64 = 0x08b06007b5567108  // "of"
    static let money: UInt64 = 0xf483ce936f7df10f  // "money"
    static let pay: UInt64 = 0x77ca65195676b629  // "pay"
    static let free: UInt64 = 0x7f625478d788e11b  // "free"
    static let credit: UInt64 = 0xdd92efead02710a4  // "credit"
    static let me: UInt64 = 0x08a95f07b55050a7  // "me"
    static let us: UInt64 = 0x08c43d07b566de99  // "us"
    static let back: UInt64 = 0x9a46ff9baa276602  // "back"
    static let right: UInt64 = 0x76aaaa535714d805  // "right"
    static let things: UInt64 = 0xf9b9ee78053379f4  // "things"
    static let make: UInt64 = 0x1f5359a2ce9388cf  // "make"
    static let makes: UInt64 = 0xce2a0ba504b15774  // "makes"
    static let take: UInt64 = 0xd94551ef0792aff6  // "take"
    static let taking: UInt64 = 0xd10da524e2e35041  // "taking"
    static let pull: UInt64 = 0x6c23fd0e2713dcbe  // "pull"
    static let pulling: UInt64 = 0x8e317b9971179592  // "pulling"
    static let bump: UInt64 = 0xffcdd69be2f92475  // "bump"
    static let bumping: UInt64 = 0x9bd2abb3d4a92a2b  // "bumping"
    static let raise: UInt64 = 0x6f354f11c3a47fa3  // "raise"
    static let boost: UInt64 = 0x585dfbb29d3568cc  // "boost"
    static let increase: UInt64 = 0xaa56085293d161cd  // "increase"
    static let give: UInt64 = 0xcfdedd722b3407fc  // "give"
    static let giving: UInt64 = 0x9947350031a032cf  // "giving"
    static let tell: UInt64 = 0xfa48fcef19cf1ae2  // "tell"
    static let telling: UInt64 = 0xf1fd6f9cd99dcdfe  // "telling"
    static let warn: UInt64 = 0x5e39a0f62bea2e31  // "warn"
    static let warning: UInt64 = 0x129fac0ae1df7c8f  // "warning"
    static let `let`: UInt64 = 0x127284191dcc577a  // "let"
    static let spread: UInt64 = 0x2ef94e10eca4424e  // "spread"
    static let spreading: UInt64 = 0x4023cf5958417b82  // "spreading"
    static let everything: UInt64 = 0x90dac479021f0640  // "everything"
    static let get: UInt64 = 0xd4e26318faaa79f7  // "get"
    static let gets: UInt64 = 0x6727e771efac7b4c  // "gets"
    static let receive: UInt64 = 0xf8deac21c8238342  // "receive"
    static let receives: UInt64 = 0x05e1ae671457ec43  // "receives"
    static let hear: UInt64 = 0x0a8f08cc5f99fb05  // "hear"
    static let off: UInt64 = 0x1a249b1921e2bdea  // "off"
    static let keep: UInt64 = 0x585d7cd75cf6f848  // "keep"
    static let keeping: UInt64 = 0x4c8180d28e20dc00  // "keeping"
    static let report: UInt64 = 0xadae49645df2840b  // "report"
    static let reporting: UInt64 = 0xb6df74285de0e16d  // "reporting"
    static let leave: UInt64 = 0x54ab030a4946fd40  // "leave"
    static let leaving: UInt64 = 0xe244b12de4bc253b  // "leaving"
    static let go: UInt64 = 0x08953907b53f670b  // "go"
    static let going: UInt64 = 0x26b790cecc76826d  // "going"
    static let goes: UInt64 = 0x9d06e5720eb990fb  // "goes"
    static let comes: UInt64 = 0x6d62898e1de40276  // "comes"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let be: UInt64 = 0x08a62f07b54dc940  // "be"
    static let social: UInt64 = 0x023986b8399c4f32  // "social"
    static let media: UInt64 = 0xb333b8c7b846af83  // "media"
    static let i: UInt64 = 0xaf63e44c8601fa24  // "i"
    static let we: UInt64 = 0x08cb5307b56d22a9  // "we"
    static let lets: UInt64 = 0x24ed7fada237e44b  // "lets"
    static let anyway: UInt64 = 0xcb0c8b5b75d8f46c  // "anyway"
    static let regardless: UInt64 = 0x80701f45512de353  // "regardless"
    static let still: UInt64 = 0x3327dbad6c7ea411  // "still"
    static let percentOff: UInt64 = 0x1a249b1921e2bdea  // "off"
    static let half: UInt64 = 0x2e33a6cc74123124  // "half"
    static let price: UInt64 = 0x2f1887248c8bc0ea  // "price"
    static let like: UInt64 = 0xbf5c99ad695db7d6  // "like"
    static let house: UInt64 = 0x4d3e3b7b4e55c31b  // "house"
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let an: UInt64 = 0x089c3807b5458406  // "an"

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
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let out: UInt64 = 0x19f79b1921bbcfff  // "out"
}
