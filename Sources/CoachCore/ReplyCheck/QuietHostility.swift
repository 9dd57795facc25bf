/// The quiet forms of `hostile_tone` (P1, P4): sarcasm ("we'll treasure it", "what a surprise, another
/// expert") and calm contradiction that calls the customer a liar without a hostile word ("our CCTV
/// shows you left happy", "that is simply not what happened", "this review is false"). Each is
/// confirmed only when the sentence does not apologise or empathise, so "this should never have
/// happened" and "what a shock that must have been" stay clean.
extension HostileToneCheck {
    static let quietTable: [(Kind, String)] = [
        // Sarcasm: mock gratitude, mock ruin, mock surprise, mock titles.
        (.mock, "treasure|cherish|frame|laminate ~1 it|this|forever"),
        (.mock, "treasure|cherish|frame ~1 your ~1 review|words|comments|feedback"),
        (.always, "how|however will|shall|can|could|would we|i ~2 recover|survive|cope|go+on|carry+on"),
        (.always, "your ~1 story|account|version|tale|excuse ~2 changes|changed|keeps|shifts|shifted|grows|grew"),
        (.mock, "had|have|having ~1 a ~1 good|real|great|right|proper ~1 laugh|chuckle|giggle"),
        (.always, "laughed|laughing|chuckled|chuckling|giggled ~3 reading|at ~1 this|your|the ~1 review|post"),
        (.always, "we'll|we+will|i'll|i+will ~1 never|somehow ~1 recover|survive|get+over"),
        (.mock, "what a|an|such a|an surprise|shock|shocker|shocking|surprising|coincidence"),
        (.always, "surprise surprise"),
        (.always, "colour|color me ~1 shocked|surprised|amazed"),
        (.always, "who would|could have|'ve ~1 thought|guessed"),
        (.always, "another|yet+another|armchair|keyboard|self-appointed|self-proclaimed|self-styled|wannabe ~2 expert|experts|critic|critics|connoisseur|connoisseurs|warrior|warriors|gourmet|sommelier|inspector"),
        (.mock, "off your chest"),
        (.mock, "congratulations|congrats|bravo|well+done ~3 review|reviews|post|first|effort|creativity|imagination|story|storytelling|writing"),
        (.always, "we both know"),
        (.always, "clearly|obviously|only|just|simply ~1 wanted|want|wants|after|looking+for|angling+for ~2 free|freebie|freebies|a+discount|a+refund|money|something+for+nothing"),
        (.mock, "great|brilliant|fantastic|marvellous|marvelous|wonderful|lovely|oh|ah ~1 another|yet+another ~2 one-star|1-star|review|reviewer|complaint|critic|expert|moaner|complainer"),
        (.mock, "highlight of our|my ~1 week|day|month|year"),
        (.mock, "nice|lovely|cute|entertaining|amusing ~1 story|stories|tale|tales|fiction|read"),
        (.mock, "more ~1 your speed|level|budget|price+range|league"),
        (.denial, "clearly|obviously|certainly|definitely|evidently wasn't|was+not|isn't|is+not|weren't ~1 ours|us|here|this+restaurant|this+hotel|this+shop"),
        (.mock, "famous|renowned|celebrated|esteemed|legendary|distinguished ~2 critic|critics|expert|experts|reviewer|connoisseur|gourmet"),
        (.always, "strikes|strike again"),
        (.always, "creative|imaginative|inventive|colourful|colorful|selective|fanciful ~1 version|account|take|interpretation|memory|recollection|retelling"),
        (.always, "pass|passing|forward|share|show ~3 to nobody|no+one"),
        (.always, "straight|right ~1 in|into|to ~1 the ~1 bin|trash|shredder"),
        (.falseClaim, "review|reviews|claims|claim|story|account|allegations|accusations|comments|post|statement|statements|this|it's|it|that's|which ~1 is|are|was|were ?simply|completely|entirely|totally|wholly|blatantly|clearly|just false|misleading|inaccurate|untrue|dishonest|fabricated|invented|fiction"),
        (.mock, "your busy|hectic|important ~1 schedule|day|life"),
        (.mock, "our ?most|biggest|favourite|favorite|greatest|number+one ~1 loyal|dedicated|devoted|regular|favourite|favorite|biggest ?_ critic|critics|reviewer|complainer|fan"),
        (.ifYouSay, "if you say|said|insist|claim"),
        (.always, "manage|managed|manages to ~5 without ~1 any|a|much ~1 trouble|problem|problems|issue|issues|difficulty|fuss|complaint"),
        (.always, "consider|deem|regard|declare ~2 matter|this|case|complaint|issue ~1 closed|resolved|finished|over|settled"),
        (.always, "no further correspondence"),
        (.denial, "acted|behaved|conducted|performed ~3 appropriately|correctly|professionally|properly|impeccably|perfectly ~2 at+all+times|throughout"),
        (.always, "as you ?very|perfectly|full well know"),
        (.always, "you know ~1 full|perfectly|very well"),
        (.youKnowIt, "you know it|that|this"),
        (.always, "work|piece of fiction|fantasy|creative+writing"),
        (.always, "not|isn't|wasn't|never what|how ~1 happened|occurred|it+happened|things+happened"),
        (.insinuation, "interesting|interestingly|funny|strange|odd|curious|curiously|convenient|conveniently|weird"),
        (.denial, "this|that|it|which|none+of+this|none+of+that|nothing+like+this|nothing+like+that|any+of+this ?simply|just|never|certainly|categorically|absolutely|clearly|really|actually didn't|did+not|never|not happen|happened|occur|occurred"),
        (.untrue, "not|isn't|wasn't|aren't|weren't|never|hardly ?simply|just|entirely|quite|strictly|remotely|even|at+all ~1 true|accurate|correct|factual|honest|truthful|the+truth"),
        (.always, "untrue|falsehood|falsehoods|fabrication|fabrications|fabricated"),
        (.evidence, "cctv|footage|camera|cameras|video|videos|recording|recordings|cam ~3 show|shows|showed|shown|prove|proves|proved|confirm|confirms|confirmed|tells|reveal|reveals|revealed|clearly ~2 you|you're|otherwise|opposite|nothing|different|that"),
        (.evidence, "have|got|caught you on ~1 camera|cctv|video|film|tape"),
        (.evidence, "doesn't|does+not|don't|do+not|didn't|did+not ~1 match|tally|add+up|line+up|stack+up|reflect"),
        (.seemedHappy, "you ~2 seemed|looked|appeared|sounded|left|were ~3 happy|fine|satisfied|content|pleased|delighted|okay|smiling|laughing|cheerful"),
        (.noIdea, "you|you've ~2 no|zero|little|not+the+slightest|not+a ~1 idea|clue|understanding"),
    ]

    /// Words before a denial that make it a wish or a promise: "should never have happened".
    static let modalOrHope: Set<String> = [
        "should", "shouldn't", "must", "would", "could", "can", "may", "might", "will", "won't", "hope", "ensure",
        "sure", "let", "want", "wish", "glad", "we'll", "i'll", "to", "if", "whether", "unless",
    ]

    /// Subjects of "isn't true": the review or the customer's account.
    static let claimSubjects: Set<String> = [
        "that", "that's", "this", "it", "it's", "which", "claim", "claims", "story", "review", "statement", "statements",
        "account", "version", "allegation", "allegations", "none", "comments", "accusation", "accusations", "says",
        "simply", "just",
    ]

    /// Evidence that a calm contradiction points at.
    static let evidenceWords: Set<String> = ["cctv", "footage", "camera", "cameras", "video", "records", "recording", "receipts", "receipt", "events", "logs"]

    /// Whether a quiet cue is aimed at the writer.
    static func acceptQuiet(_ kind: Kind, _ m: PhraseMatch, _ w: [ReplyWord], _ context: SentenceContext) -> Bool {
        let word = w[m.start].norm
        let next = m.end < w.count ? w[m.end].norm : ""
        let prev = m.start > 0 ? w[m.start - 1].norm : ""
        let nextBreak = m.end >= w.count || w[m.end].breakBefore
        switch kind {
        case .insinuation:
            // "Interesting that...", "Funny, you seemed...": only as the opening of a sentence that does not apologise.
            // "Interesting that you mention the music, so we've turned it down": musing on our own action.
            guard m.start == 0, !context.apologises, !context.empathises,
                  !w.contains(where: { OverExplainingCheck.ourSubjects.contains($0.norm) }) else { return false }
            return nextBreak || ["that", "how", "you", "then", "enough", "isn't", "though"].contains(next)
        case .denial:
            // "This should never have happened", "it won't happen again", "we'll make sure it never happens".
            if context.apologises || ["again", "to", "before", "twice", "here", "often", "anymore"].contains(next) { return false }
            // "The call that didn't happen is on us": a relative clause, not a denial.
            if ["that", "which"].contains(word), m.start > 0, !w[m.start].breakBefore,
               !["so", "and", "but", "because", "know", "as", "yet", "then", "simply", "just"].contains(prev) {
                return false
            }
            let lo = max(0, m.start - 3)
            if w[lo..<m.start].contains(where: { modalOrHope.contains($0.norm) }) { return false }
            return !w[m.start..<m.end].contains { modalOrHope.contains($0.norm) }
        case .untrue:
            // Said of the review or the account: "That isn't true", "your claims are not accurate".
            if context.apologises || ["of", "for", "to", "that"].contains(next) { return false }
            let lo = max(0, m.start - 4)
            return w[lo..<m.start].contains { claimSubjects.contains($0.norm) }
        case .evidence:
            if context.apologises || context.empathises { return false }
            // "Our footage shows that we were slow": the footage is about us.
            if w[m.end - 1].norm == "that", m.end < w.count, ReplyLexicon.ourWords.contains(w[m.end].norm) { return false }
            if ["match", "tally", "add", "line", "stack", "reflect"].contains(w[m.end - 1].norm) {
                return w.contains { evidenceWords.contains($0.norm) || reviewNouns.contains($0.norm) && $0.norm != "this" && $0.norm != "that" && $0.norm != "which" && $0.norm != "it's" && $0.norm != "that's" }
            }
            return true
        case .ifYouSay:
            return w[m.end...].indices.contains { i in
                w[i].norm == "must" && i + 1 < w.count && ["have", "be", "'ve"].contains(w[i + 1].norm)
            }
        case .falseClaim:
            return !context.apologises && !context.empathises
        case .mock:
            // "What a shock that must have been", "we had a good laugh with you last time".
            return !context.apologises && !context.empathises && !["must", "that", "with", "together"].contains(next)
        case .seemedHappy:
            if context.apologises || ReplyLexicon.negated(w, before: m.end - 1, window: 4) { return false }
            return !w.contains { ["hope", "hoping", "glad", "wish", "want", "wanted", "if", "until", "sure"].contains($0.norm) }
        case .noIdea:
            // "You have no idea what good coffee is"; "no idea how sorry we are" or "you had no idea the
            // kitchen closed at nine" are not aimed at the writer.
            return !context.apologises && (nextBreak || ["what", "about", "whatsoever"].contains(next))
        case .youKnowIt:
            return !["let", "letting", "lets", "if"].contains(prev) && (nextBreak || next == "and")
        default:
            return false
        }
    }
}
