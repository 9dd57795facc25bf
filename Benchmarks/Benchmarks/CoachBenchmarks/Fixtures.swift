import CoachCore
import CoachPrompts
import CoachShell
import Foundation

/// Inputs shared by the benchmarks, built once.
enum Fixtures {
    static let catalog = try! PromptCatalog(files: EmbeddedPrompts.files)
    static let coach = Coach(catalog: catalog)

    /// A review of about 2 KB: a real complaint with a demand, details and an insult.
    static let review2KB: String = {
        let sentences = [
            "We booked a table for six on Saturday 14 June at 7:30pm and waited forty minutes anyway.",
            "Our waiter, Tom, forgot two of the starters and the mains came out cold.",
            "When I asked for the manager he shrugged and walked off, which was frankly rude.",
            "The bill had two bottles of wine we never ordered, order #48213.",
            "Refund the whole meal or I'll leave a one-star review on every site I can find.",
            "The dessert was the only good thing, the crème brûlée was lovely 🍮.",
        ]
        var text = ""
        var index = 0
        while text.utf8.count < 2048 {
            text += sentences[index % sentences.count] + (index % 3 == 2 ? "\n" : " ")
            index += 1
        }
        return text
    }()

    /// A session with the 2 KB review typed in, one empty line away from signal detection.
    static let sessionBeforeDetection: Session = {
        var session = Session()
        for line in review2KB.split(separator: "\n") { session = coach.step(session, String(line)).0 }
        return session
    }()

    /// Every transcript in ../transcripts.
    static let transcripts: [Transcript] = {
        let folder = "../transcripts"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".transcript") }.sorted()
        return names.map { name in
            Transcript(parsing: (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "")
        }
    }()
}
