import CoachCore
import Foundation
import Testing

/// One labelled review of a corpus fixture: the verdict the text alone should give and the
/// signals that imply it (`demand`, `never_customer`, `spam`, `abusive`).
struct ReviewCase: Sendable, Decodable, CustomTestStringConvertible {
    let id: String
    let review: String
    let expect: String
    let signals: [String]

    var testDescription: String { id }

    /// The rows of `Tests/CoachCoreTests/Fixtures/<name>`, found next to this source file.
    static func load(_ name: String, filePath: String = #filePath) -> [ReviewCase] {
        let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        let url = dir.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(ReviewCase.self, from: Data($0.utf8)) }
    }

    /// The kinds that carry a verdict implication (the others are informational).
    static let scoredKinds: Set<String> = ["demand", "never_customer", "spam", "abusive"]

    /// The verdict the text alone gives (owner answered nothing).
    var actualVerdict: String {
        let implications = TextImplications(signals: SignalDetector.detect(in: review))
        return VerdictRules.decide(ResolvedFacts(owner: OwnerFacts(), text: implications)).verdict.rawValue
    }

    /// The scored signal kinds the detectors find.
    var actualSignals: Set<String> {
        Set(SignalDetector.detect(in: review).map(\.kind.rawValue)).intersection(Self.scoredKinds)
    }
}

/// How well the detectors do on a corpus: verdict accuracy overall and per class, false
/// positives, and exact matches of the scored signals.
struct CorpusScore: CustomStringConvertible {
    var total = 0, correct = 0
    var perClass: [String: (right: Int, of: Int)] = [:]
    /// Reviews wrongly made threat_based, or wrongly made troll.
    var falseThreats = 0, falseTrolls = 0
    var signalsExact = 0
    var misses: [String] = []
    var signalMisses: [String] = []

    init(_ cases: [ReviewCase]) {
        for c in cases {
            let got = c.actualVerdict
            total += 1
            var pc = perClass[c.expect] ?? (0, 0)
            pc.of += 1
            if got == c.expect { correct += 1; pc.right += 1 } else { misses.append("\(c.id) expect \(c.expect) got \(got): \(c.review)") }
            perClass[c.expect] = pc
            if got == "threat_based" && c.expect != "threat_based" { falseThreats += 1 }
            if got == "troll" && c.expect != "troll" { falseTrolls += 1 }
            if c.actualSignals == Set(c.signals) { signalsExact += 1 } else {
                signalMisses.append("\(c.id) expect \(c.signals.sorted()) got \(c.actualSignals.sorted()): \(c.review)")
            }
        }
    }

    var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    var signalAccuracy: Double { total == 0 ? 0 : Double(signalsExact) / Double(total) }

    var description: String {
        let classes = perClass.keys.sorted().map { k in "\(k) \(perClass[k]!.right)/\(perClass[k]!.of)" }.joined(separator: ", ")
        return "verdicts \(correct)/\(total) (\(classes)); false threat_based \(falseThreats), false troll \(falseTrolls); signals exact \(signalsExact)/\(total)"
    }
}
