/// Hashes of single words the detectors test by identity (as opposed to by word family).
enum W {
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let what: UInt64 = 0x9be8c5f64f26c30f  // "what"
    static let this: UInt64 = 0x2587bcef32493841  // "this"
    static let `do`: UInt64 = 0x08915907b53bb494  // "do"
    static let have: UInt64 = 0x2e47c5cc74230edb  // "have"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let at: UInt64 = 0x089c4e07b545a968  // "at"
    static let `with`: UInt64 = 0xa66b06f655a0c2e9  // "with"
    static let them: UInt64 = 0x2579c6ef323d0be3  // "them"
    static let according: UInt64 = 0x22069a7dca739b67  // "according"
}

extension WordHash {
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let out: UInt64 = 0x19f79b1921bbcfff  // "out"
}
