/// Hostility that needles rather than insults, for `hostile_tone` (P1, P4), judged by who does
/// what in the clause rather than by a list of sentences:
/// - intimidation: we know who or where the writer is, we hold their details or footage of them,
///   "be careful what you write";
/// - mock motives: "Sure, because ...", "we drive across town just to ruin your week";
/// - mock keepsakes: "we'll print this out and pin it on the wall", "we'll frame it";
/// - dismissal: "enjoy your stay elsewhere", condescending advice opening a sentence that is not about
///   us ("Maybe try actually turning up", "before judging them");
/// - mock praise of the review as a whole short sentence: "Groundbreaking feedback."
///
/// Not hostile: "we know how frustrating this was", "we have your details on file and will call you",
/// "sure, we can do that", "we'll pin your photo on the wall" in an apology, "perhaps try the early
/// sitting" when we are in the sentence ("we'd suggest...").
enum Needling {
    enum Kind: Sendable {
        /// We know who or where they are, or hold their details or footage.
        case intimidation
        /// "Be careful what you write": a warning aimed at the writer.
        case warning
        /// "Sure, because ...", "just to ruin your week": a motive mocked.
        case mockMotive
        /// "Print this out and pin it on the wall": the review kept as a joke.
        case keepsake
        /// "Enjoy your stay elsewhere", "try somewhere else next time".
        case elsewhere
        /// "Maybe try reading...", opening a sentence that is not about us.
        case advice
        /// "... before judging them": a lecture on how to review.
        case lecture
        /// A short sentence praising the review: "Groundbreaking feedback."
        case praise
        /// Mock alarm or wonder: "We'll alert the media", "a whole review about a cupcake", "quite the
        /// imagination", "some people just want something to moan about".
        case mockAlarm
    }

    static let ruin = "ruin|ruining|spoil|spoiling|wreck|wrecking|annoy|annoying|upset|upsetting|inconvenience|inconveniencing|irritate|irritating"
    static let reviewNouns = "feedback|review|reviewing|critique|stuff|insight|insights|analysis|work|contribution|writing|story"

    static let table: [(Kind, String)] = [
        (.intimidation, "know|knows|found|find ?exactly|full+well|perfectly+well who|where you ~1 are|live|work|were|is|lives|works"),
        (.intimidation, "know|knows ?exactly|full+well who|where your ~1 employer|boss|manager|family|house|home|workplace|kids|children"),
        (.intimidation, "have|got|kept|keep|hold|holding your ~1 details|address|name|number|photo|face|car|registration|plate ~2 on ~1 file|record|camera|cctv"),
        (.intimidation, "cctv|footage|camera|video of you"),
        (.intimidation, "spoken|spoke|talked|written|wrote|contacted|called ~1 to|with ?your employer|boss|manager|workplace|landlord|family|wife|husband|partner|parents"),
        (.warning, "careful|wary|mindful ~1 what|how ~1 you ~1 write|post|say|put|publish|review|share"),
        (.warning, "think|watch ~2 before you ~1 write|post|publish|review"),
        (.mockMotive, "sure|yes|yeah|right|oh|because|cos|coz ~3 \(ruin) ~1 your|you"),
        (.mockMotive, "just|purposely|deliberately|specifically|intentionally|solely|only to|so+we+can \(ruin) ~1 your|you|you're"),
        (.mockMotive, "sure|yes|yeah|oh|right because|cos|coz"),
        (.keepsake, "print|printing|frame|framing|pin|pinning|stick|sticking|hang|hanging|put|putting ~4 wall|walls|fridge|noticeboard|frame|staffroom|bathroom|toilet"),
        (.keepsake, "frame|framing this|it|that|your"),
        (.elsewhere, "enjoy|try|take|find|try+your+luck|spend|book|eat|shop ~4 elsewhere|somewhere+else|anywhere+else"),
        (.advice, "maybe|perhaps ?try|just ?actually reading|read|turning|turn|showing|show|listening|listen|learning|learn|measuring|measure|arriving|arrive|following|follow|researching"),
        (.lecture, "before judging|criticising|criticizing|slating|slagging|reviewing|rating|moaning|complaining|whinging|judging"),
        (.mockAlarm, "alert|call|notify|inform|tell|ring the ?local|national media|press|papers|newspapers|news|bbc"),
        (.mockAlarm, "a|an whole|entire ~1 review|essay|novel|post|paragraph ~1 about|over|on"),
        (.mockAlarm, "quite|such|vivid|active|wild|fertile|some|what ~2 imagination|imaginations|storyteller|storytelling"),
        (.mockAlarm, "some|certain|these people|folk|folks|customers|guests ~3 want|like|love|enjoy|live|look ~3 moan|moaning|complain|complaining|whinge|whinging|freebie|freebies"),
        (.praise, "groundbreaking|riveting|insightful|helpful|useful|constructive|fascinating|compelling|gripping|thrilling|enlightening|inspiring|impressive|lovely|brilliant|fantastic|wonderful|excellent|great|stellar|top ?_ \(reviewNouns)"),
    ]

    static let phrases = PhraseSet(table.map(\.1))

    /// Words that make a sentence kind: an apology, thanks, empathy or a wish.
    static let kindWords: Set<String> = [
        "sorry", "apologise", "apologize", "apologies", "thank", "thanks", "hope", "understand", "appreciate",
        "grateful", "love", "glad", "welcome", "how", "frustrating", "awful", "upsetting", "please",
    ]

    /// Whether the sentence needles the writer.
    static func needles(_ w: [ReplyWord]) -> Bool {
        let matches = phrases.matches(in: w)
        guard !matches.isEmpty else { return false }
        let kind = w.contains { kindWords.contains($0.norm) }
        for m in matches where accept(table[m.phrase].0, m, w, kind: kind) { return true }
        return false
    }

    private static func accept(_ k: Kind, _ m: PhraseMatch, _ w: [ReplyWord], kind: Bool) -> Bool {
        let negated = ReplyLexicon.negated(w, before: m.start, window: 3)
        switch k {
        case .intimidation:
            // "We have your details on file and will call you this week": only with nothing kind said.
            if negated { return false }
            if w[m.start].norm == "have" || w[m.start].norm == "got" || w[m.start].norm == "kept" {
                return !kind && !w.contains { ["call", "contact", "ring", "phone", "email", "refund", "reach", "help"].contains($0.norm) }
            }
            if ["know", "knows"].contains(w[m.start].norm) { return !kind }
            return !kind
        case .warning:
            return !negated && !kind
        case .mockMotive:
            // "Sure, because" opens the sentence; "just to ruin your day" needs us as the subject.
            if w[m.start].norm == "sure" || ["yes", "yeah", "oh", "right"].contains(w[m.start].norm) {
                return m.start == 0 && !kind
            }
            if ["because", "cos", "coz"].contains(w[m.start].norm) { return !kind && w[..<m.start].contains { ReplyLexicon.ourWords.contains($0.norm) } }
            return !kind && !negated && w[..<m.start].contains { ReplyLexicon.ourWords.contains($0.norm) }
        case .keepsake:
            // The thing kept is the review: "this", "it", "your review" before the place.
            return !kind && !negated && w[m.start..<m.end].contains { ["this", "it", "that", "review", "your"].contains($0.norm) }
        case .elsewhere:
            return !kind && !negated
        case .advice:
            // Opening a sentence, and not about us: "Maybe try reading the menu".
            return m.start == 0 && !kind && !w.contains { ReplyLexicon.ourWords.contains($0.norm) }
        case .lecture:
            return !kind && !negated
        case .mockAlarm:
            return !kind && !negated
        case .praise:
            // The whole sentence is the praise: "Groundbreaking feedback." ("Great feedback, thank you" is kind.)
            return m.start == 0 && m.end == w.count && !kind
        }
    }
}
