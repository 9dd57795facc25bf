import CoachText

extension TrollCues {
    /// The most words between an acquaintance and what they said: "My mate works in the kitchen there and says".
    static let hearsayReach = 8

    /// A review that only passes on an acquaintance's word (`acquaintance`, `hearsay`): "My
    /// cousin says their pizza gave him food poisoning", "Heard from a neighbour that they
    /// overcharge", "..., according to a friend of mine", in a review that tells of no visit of
    /// the writer's own.
    func hearsaySentence() -> Int? {
        let said = ConceptSet([v.hearsay, v.hearsaySource])
        guard text.allConcepts.contains(v.acquaintance), text.allConcepts.intersects(said), !toldOfAVisit else { return nil }
        for s in text.sentences.indices where text.sentenceConcepts[s].contains(v.acquaintance) && text.sentenceConcepts[s].intersects(said) {
            let ms = text.matches[text.sentenceMatches[s]]
            for a in ms where a.concept == v.acquaintance {
                // the acquaintance speaks ("my cousin says"), or is named as the source ("heard from a neighbour")
                let speaks = ms.contains { $0.concept == v.hearsay && $0.firstToken > a.firstToken && $0.firstToken - a.firstToken <= Self.hearsayReach }
                let source = ms.contains { $0.concept == v.hearsaySource && $0.firstToken < a.firstToken && a.firstToken - $0.firstToken <= Self.hearsayReach }
                if speaks || source { return s }
            }
        }
        return nil
    }
}
