/// Negation and its scope, handled once for every rule: a word of the `negator` concept negates
/// the words after it in its clause, up to `reach` words, stopping at a word of the `contrast`
/// concept ("but", "though"). "I did not ask for a refund" negates `ask` and `refund`; "no
/// refund, but I will post" leaves `post` alone.
enum Negation {
    /// How many words after a negator its scope reaches.
    static let reach = 6

    static func mark(_ tokens: inout [Token], lexicon: TextLexicon) {
        var left = 0
        var clause: Int32 = -1
        for i in tokens.indices {
            let t = tokens[i]
            if t.clause != clause { clause = t.clause; left = 0 }
            let roles = t.kind == .word ? lexicon.roles(t.lemma) : 0
            if roles & TextLexicon.negatorRole != 0 {
                tokens[i].flags.insert(.negator)
                left = reach
                continue
            }
            if roles & TextLexicon.contrastRole != 0 { left = 0; continue }
            if left > 0 {
                tokens[i].flags.insert(.negated)
                left -= 1
            }
        }
    }
}
