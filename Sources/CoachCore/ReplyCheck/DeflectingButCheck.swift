/// `deflecting_but` (P4): an apology taken back by a "but": "sorry", "apologise", "apologies" or
/// "we regret" followed in the same sentence, or at the start of the very next one, by "but",
/// "however", "although", "though", "that said", "having said that", "nevertheless", "yet", "for the
/// record", "in our defence", "to be fair" or
/// "unfortunately" (the last only before an excuse or a policy).
///
/// Choice: the mistake is apology plus deflection. A "but" that leads into making it right
/// ("Sorry, but we'd love to make it right", "I'm sorry, but I promise it won't happen again"), or
/// one that refuses to excuse or owns the failure ("but that is no excuse", "but that's on us") is
/// not flagged. A "but" with no apology
/// before it ("We couldn't find your booking, but we'd like to help") is not flagged either.
enum DeflectingButCheck {
    static let apology = PhraseSet([
        "sorry|apologize|apologise|apologized|apologised|apologizes|apologises|apologizing|apologising|apology|apologies",
        "we|i|we're|i'm|we've|i've|deeply|sincerely|truly|really|greatly|very|much|our|my|do|genuinely ~1 regret|regrets|regretted",
    ])

    /// Connectors that start a deflection, when they come after the apology.
    static let connectors = PhraseSet([
        "but|however|although|though|nevertheless|nonetheless|notwithstanding|regardless",
        "that|this ?being said",
        "having said that|this",
        "that|this said",
        "even so",
        "for the record",
        "in our|my defence|defense",
        "in fairness",
        "to be fair",
        "at the same time",
        "yet",
        "unfortunately|sadly|regrettably",
        "that's|it's|this ~1 not|isn't ~1 our|the ?restaurant's|hotel's|shop's|staff's|team's fault",
        "the thing|fact|truth|reality is",
    ])

    /// Openings of a constructive clause after "but": making it right, not explaining it away.
    static let constructive = PhraseSet([
        "we|i ?would|'d|really|truly ~1 like|love|welcome|appreciate|be",
        "we'd|i'd ~1 like|love|welcome|appreciate|be",
        "we|i want|wanted|hope|promise|intend|plan|aim",
        "please ~1 contact|get|reach|call|email|come|give|let|send|accept|allow|drop|message|ask|do|speak|talk|pop|stop|visit",
        "let|let's|thank|thanks|moving",
        "could|can|would|will you",
        "we|i will|shall ?_ make|fix|put|ensure|look|refund|replace|reach|contact|call|sort|personally|do|get|happily|gladly|use|learn|address|take|work|be|follow|investigate|speak|talk|review|change|improve|share|pass",
        "we'll|i'll ?_ make|fix|put|ensure|look|refund|replace|reach|contact|call|sort|personally|do|get|happily|gladly|use|learn|address|take|work|be|follow|investigate|speak|talk|review|change|improve|share|pass",
        "we've|i've|we|i ?have since|now|already|spoken|taken|addressed|fixed|retrained|trained|added|changed|updated|introduced|made|put|refunded|talked|shared|passed|reviewed|hired|replaced|arranged|reached|started|begun|implemented|contacted|issued|credited|sent|reminded|learned|learnt|raised|looked",
        "we|we're|i|i'm ?are|am ?now|already taking|working|looking|putting|making|reviewing|addressing|retraining|training|committed|determined|going|keen|eager|happy|glad|grateful|listening|fixing|changing|investigating|reaching|learning|improving|following",
        "we|i can|could ~1 make|fix|put|offer|refund|help|arrange|sort|replace|do",
        "it|this|that ~2 won't|will|shouldn't|should ~1 happen|be|never|not",
        "most|more importantly",
        "your feedback",
    ])

    static let noExcuse = PhraseSet([
        "make|makes|making up for",
        "doesn't|won't|can't|cannot|does|will ?not ~1 undo|change|excuse|justify|fix|erase",
        "no|not|never ~1 excuse|excuses",
        "doesn't|not|don't|cannot|can't ~1 excuse|justify|justifies",
        "isn't|wasn't ~1 excuse|acceptable",
        "not|isn't|wasn't ~1 good enough",
        "unacceptable",
        "our|my failing|failure|fault|mistake|responsibility|error|bad|oversight",
        "on us|me",
        "we|i should+have|should've|take|accept|own",
    ])

    /// For "unfortunately": the rest must be an excuse or a policy to count.
    static let policy = PhraseSet([
        "policy|policies|rules|rule|terms|conditions|non-refundable|nonrefundable|procedure|procedures|protocol",
        "we|i can't|cannot|couldn't|won't|are ~1 not|unable ~2 refund|offer|accept|give|do|make|change|help|allow",
        "nothing we can do",
        "out+of|beyond|outside|outwith ?of ~1 our|the control",
    ])

    static func spans(in text: ReplyText) -> [CheckSpan] {
        var out: [CheckSpan] = []
        let ss = text.sentences
        var i = 0
        while i < ss.count {
            let w = ss[i].words
            guard let apol = apology.firstMatch(in: w) else { i += 1; continue }
            if deflection(in: w, from: apol.end, text: text) != nil || concedesThenDeflects(w, apology: apol) {
                out.append(CheckSpan(.deflectingBut, text, sentence: i))
            } else if i + 1 < ss.count, let c = connectors.firstMatch(in: ss[i + 1].words, from: 0, to: 1),
                      c.start == 0, isDeflecting(c, in: ss[i + 1].words, text: text) {
                out.append(CheckSpan(.deflectingBut, text, sentences: i, through: i + 1))
                i += 2
                continue
            } else if i + 1 < ss.count, RecordDispute.disputes(ss[i + 1], text) {
                out.append(CheckSpan(.deflectingBut, text, sentences: i, through: i + 1))
                i += 2
                continue
            }
            i += 1
        }
        return out
    }

    /// "Although we're sorry you were unhappy, our staff followed procedure": the apology sits in a
    /// conceding clause and the main clause after it argues back.
    static func concedesThenDeflects(_ w: [ReplyWord], apology: PhraseMatch) -> Bool {
        guard let first = w.first, ["although", "though", "while", "whilst", "whereas", "albeit"].contains(first.norm),
              apology.start < 6 else { return false }
        guard let cut = w[apology.end...].firstIndex(where: { $0.breakBefore }) else { return false }
        let rest = Array(w[cut...])
        if noExcuse.contains(in: rest) { return false }
        return constructive.firstMatch(in: rest, from: 0, to: 1) == nil
    }

    /// The first deflecting connector after `from`, if any.
    static func deflection(in w: [ReplyWord], from: Int, text: ReplyText) -> PhraseMatch? {
        var k = from
        while let c = connectors.firstMatch(in: w, from: k) {
            if isDeflecting(c, in: w, text: text) { return c }
            k = c.start + 1
        }
        return nil
    }

    static func isDeflecting(_ c: PhraseMatch, in w: [ReplyWord], text: ReplyText) -> Bool {
        let word = w[c.start].norm
        let next = c.end < w.count ? w[c.end].norm : ""
        let prev = c.start > 0 ? w[c.start - 1].norm : ""
        switch word {
        case "but":
            // "not only ... but also", "but as well": adding, not contrasting. "But as stated on our
            // website" still deflects.
            if ["also", "too"].contains(next) { return false }
            if next == "as", c.end + 1 < w.count, w[c.end + 1].norm == "well" { return false }
            if ["nothing", "all", "help", "anything"].contains(prev) { return false }
        case "however":
            // "help however we can", "however you prefer".
            if ["much", "long", "possible", "best", "many", "small", "big", "large"].contains(next) && !w[c.end].breakBefore {
                return false
            }
            // "however you prefer"; "however you were told..." still argues.
            if next == "you", !w[c.end].breakBefore, c.end + 1 < w.count,
               ["prefer", "like", "want", "wish", "need", "choose", "see", "feel", "'d", "would", "can"].contains(w[c.end + 1].norm) {
                return false
            }
            if ["we", "i"].contains(next), c.end + 1 < w.count, ["can", "could", "may", "might"].contains(w[c.end + 1].norm) {
                return false
            }
        case "though":
            if prev == "as" { return false }
        case "yet":
            // Only a contrasting "yet" after a comma: not "not yet", "yet to", "yet again".
            if !w[c.start].breakBefore || ["to", "again", "another"].contains(next) { return false }
        case "regardless", "notwithstanding":
            if next == "of" { return false }
        case "unfortunately", "sadly", "regrettably":
            let rest = Array(w[c.end...])
            return policy.contains(in: rest) || OverExplainingCheck.excuses.contains(in: rest) || BlamesCustomerCheck.blames(rest)
        default: break
        }
        var rest = Array(w[min(c.end, w.count)...])
        if noExcuse.contains(in: rest) { return false }
        // "but rest assured we've fixed it" is judged by what it assures.
        if rest.count > 2, rest[0].norm == "rest", rest[1].norm == "assured" {
            rest.removeFirst(rest.count > 3 && rest[2].norm == "that" ? 3 : 2)
        }
        // "but we would be happy to"; "but we can't be responsible" only looks like it.
        if let m = constructive.firstMatch(in: rest, from: 0, to: 1),
           !rest[m.start..<m.end].contains(where: { ReplyLexicon.negations.contains($0.norm) }) {
            return false
        }
        return true
    }
}
