// Shows how the text engine reads each line of standard input: concepts found, parts of a
// demand, findings. For people editing lexicon/. Usage: swift run lexicon-probe < texts.txt
// With --claim-features it reads JSON lines {"id", "review"} and writes, for scripts/fit-claims,
// each sentence's byte range and words as the claim model reads them.
import CoachCore
import Foundation

if CommandLine.arguments.dropFirst().first == "--claim-features" {
    while let line = readLine() {
        guard let data = line.data(using: .utf8),
            let row = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let review = row["review"] as? String
        else { continue }
        let sentences = ClaimModel.sentenceFeatures(of: review).map { s in
            ["start": s.start, "end": s.end, "words": s.words.map { [String($0.0, radix: 16), $0.1] }] as [String: Any]
        }
        let out: [String: Any] = ["id": row["id"] ?? NSNull(), "sentences": sentences]
        if let json = try? JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]) {
            print(String(decoding: json, as: UTF8.self))
        }
    }
    exit(0)
}

while let line = readLine() {
    for l in GrammarTrace.lines(for: line) { print(l) }
    print("")
}
