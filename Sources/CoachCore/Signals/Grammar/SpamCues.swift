import CoachText

/// Spam read on the engine: self-promotion, advertising words (`spam-cue` strong, `promo-word`
/// weak), open calls to act (`spam-action`), web addresses, and a plug for another business.
extension TrollCues {
    /// The most words besides a web address for the address to make up the review ("https://bit.ly/x").
    static let bareLinkWords = 10
    /// How close to its sentence's end a plug's "not this place" must be.
    static let plugTail = 3

    /// Spam: self-promotion ("subscribe to me", "sub my channel", "visit my website", an
    /// invitation to the writer's own channel or work: "go to my channel", "check out my rap"); a call to
    /// act on an advert (open: not "I called") or a web address with an advertising word; a
    /// written-out web address with a call to act or a weak advertising word (a bare "name.com"
    /// needs two); three advertising words or three calls to act; in a text that
    /// tells of no visit (an advert tells of none), a strong advertising word with another one, or
    /// a call to act with a weak one; a phone number offered instead; an explicit web address that is nearly the whole text
    /// and no picture; a plug.
    func spamSentence() -> Int? {
        if let s = text.sentences.indices.first(where: { text.sentenceConcepts[$0].contains(v.selfPromo) }) { return s }
        // "visit my channel", "check out my new song", "look at my videos": an open invitation to
        // the writer's own work, in a text that tells of no visit (not "we ate there, watch my video of the mouse")
        let own = TextPattern([.init([v.promoVerb], polarity: .open), .init([v.ownContent], gap: 3)])
        if text.allConcepts.contains(v.ownContent), !toldOfAVisit, let s = text.sentences.indices.first(where: { text.find(own, sentence: $0) != nil }) { return s }
        let any = ConceptSet([v.spamCue, v.spamAction, v.promoWord, v.phonePlug])
        guard text.allConcepts.intersects(any) else { return competitorPlug() }
        var cues = 0, weak = 0, actions = 0, links = 0, explicit = 0, linkWords = 0
        var first: Int? = nil
        var lastAction = -1
        for s in text.sentences.indices {
            let found = text.matches[text.sentenceMatches[s]]
            // a weak word inside a strong phrase ("free" in "free entry") is not counted again
            let strong = Set(found.filter { $0.concept == v.spamCue && !$0.negated }.map(\.firstToken))
            for m in found where !m.negated {
                if m.concept == v.spamCue { cues += 1; first = first ?? s }
                if m.concept == v.promoWord && !strong.contains(m.firstToken) { weak += 1 }
                // a call to act is open: "they never replied", "I called" are no advert; one per word
                guard m.concept == v.spamAction, !m.past, m.firstToken > lastAction else { continue }
                lastAction = m.firstToken
                first = first ?? s
                if text.tokens[m.firstToken].kind == .link {
                    links += 1
                    linkWords += 1
                    if isExplicit(text.tokens[m.firstToken]) { explicit += 1 }
                } else {
                    actions += 1
                }
            }
        }
        let visit = cues + weak >= 1 && toldOfAVisit
        // "ring Dave on 07700 900123 instead": a number offered in place of this business (not "instead of")
        let plug = text.matches.first { m in
            m.concept == v.phonePlug && !text.matches(startingAt: m.endToken - 1, sentence: Int(text.tokens[m.firstToken].sentence)).contains { $0.concept == v.insteadOf }
        }
        if let plug { return Int(text.tokens[plug.firstToken].sentence) }
        let bare = explicit >= 1 && text.tokens.count - linkWords < Self.bareLinkWords && !text.allConcepts.contains(v.photo)
        let spam = ((actions + links) >= 1 && cues >= 1) || (links >= 1 && actions >= 1) || (explicit >= 1 && weak >= 1 && !visit) || (links >= 1 && weak >= 2)
            || cues >= 3 || actions >= 3 || (cues >= 2 && !visit) || (cues >= 1 && weak >= 1 && !visit)
            || (actions >= 1 && weak >= 1 && !visit) || bare
        return spam ? first : competitorPlug()
    }

    /// Whether a web address is written out ("https://...", "www....", "bit.ly/x"), not only a
    /// name with a suffix ("Booking.com").
    private func isExplicit(_ t: Token) -> Bool {
        let b = text.bytes[t.start..<t.end]
        let slash: UInt8 = 0x2F, dot: UInt8 = 0x2E
        if b.contains(slash) { return true }
        let www = b.prefix(4).map { $0 | 0x20 }
        return www.count == 4 && www[0] == 0x77 && www[1] == 0x77 && www[2] == 0x77 && www[3] == (dot | 0x20)
    }

    /// "Best pizza in town is at Luigi's on Main St, not this place!": the whole review one
    /// sentence opening with a recommendation, naming another business (a capitalised word after
    /// the first), and ending on "not this place"; never with the writer in it (a customer may
    /// say where they would rather have gone) or anything after the plug about the visit.
    func competitorPlug() -> Int? {
        guard text.sentences.count == 1, !text.allConcepts.contains(v.firstPerson), text.allConcepts.contains(v.notThis) else { return nil }
        let span = text.sentences[0]
        guard span.firstToken < span.endToken, text.matches(startingAt: span.firstToken, sentence: 0).contains(where: { $0.concept == v.plugLead }) else { return nil }
        let named = text.tokens[(span.firstToken + 1)..<span.endToken].contains { $0.flags.contains(.titleCase) }
        let tail = text.matches[text.sentenceMatches[0]].contains { $0.concept == v.notThis && $0.firstToken + Self.plugTail >= span.endToken }
        return named && tail ? 0 : nil
    }
}
