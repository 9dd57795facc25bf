import CoachCore

/// Precision and recall of the reply checker over a labelled fixture, per finding code, plus the
/// share of clean replies that wrongly get any finding.
struct LintScore: Sendable, CustomStringConvertible {
    struct Counts: Sendable { var truePositives = 0, falsePositives = 0, falseNegatives = 0 }

    var perCode: [FindingCode: Counts] = [:]
    var cleanReplies = 0
    var cleanFlagged = 0
    var exactRows = 0
    var rows = 0
    /// Ids of rows whose codes differ from the expected ones, with what came out.
    var misses: [String] = []

    init(_ cases: [LintCase]) {
        for c in FindingCode.allCases { perCode[c] = Counts() }
        for row in cases {
            rows += 1
            let got = Set(ReplyChecker.check(row.reply).map(\.code))
            let want = Set(row.expect.compactMap(FindingCode.init(rawValue:)))
            for c in FindingCode.allCases {
                switch (got.contains(c), want.contains(c)) {
                case (true, true): perCode[c]?.truePositives += 1
                case (true, false): perCode[c]?.falsePositives += 1
                case (false, true): perCode[c]?.falseNegatives += 1
                case (false, false): break
                }
            }
            if want.isEmpty {
                cleanReplies += 1
                if !got.isEmpty { cleanFlagged += 1 }
            }
            if got == want { exactRows += 1 } else {
                misses.append("\(row.id): want \(want.map(\.rawValue).sorted()) got \(got.map(\.rawValue).sorted())")
            }
        }
    }

    func precision(_ c: FindingCode) -> Double {
        let k = perCode[c] ?? Counts()
        return k.truePositives + k.falsePositives == 0 ? 1 : Double(k.truePositives) / Double(k.truePositives + k.falsePositives)
    }

    func recall(_ c: FindingCode) -> Double {
        let k = perCode[c] ?? Counts()
        return k.truePositives + k.falseNegatives == 0 ? 1 : Double(k.truePositives) / Double(k.truePositives + k.falseNegatives)
    }

    /// Share of clean replies that got at least one finding.
    var cleanFalsePositiveRate: Double { cleanReplies == 0 ? 0 : Double(cleanFlagged) / Double(cleanReplies) }

    var description: String {
        func pct(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }
        var lines = ["rows \(rows), exact \(exactRows), clean flagged \(cleanFlagged)/\(cleanReplies) (\(pct(cleanFalsePositiveRate)))"]
        for c in FindingCode.allCases {
            let k = perCode[c] ?? Counts()
            lines.append("\(c.rawValue): P \(pct(precision(c))) R \(pct(recall(c))) (tp \(k.truePositives) fp \(k.falsePositives) fn \(k.falseNegatives))")
        }
        return (lines + misses).joined(separator: "\n")
    }
}
