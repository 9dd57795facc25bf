import CoachCore
import Foundation

/// The classify corpus: about 100 MB of JSON Lines, every review different, built from real
/// review phrasing (grievances, demands, trolls, spam, insults, long rambling ones) with varied
/// names, numbers and lengths. Written once to the system temporary folder and reused.
enum Corpus {
    static let targetBytes = 100 * 1024 * 1024

    /// The corpus file and the number of bytes of review text in it.
    static let file: (path: String, reviewBytes: Int) = {
        let path = NSTemporaryDirectory() + "review-coach-bench-corpus-v1.jsonl"
        let sizePath = path + ".review-bytes"
        if let size = try? String(contentsOfFile: sizePath, encoding: .utf8), let bytes = Int(size),
            FileManager.default.fileExists(atPath: path)
        {
            return (path, bytes)
        }
        var generator = Generator(seed: 0x5EED)
        var output = Data()
        output.reserveCapacity(targetBytes + 4096)
        var reviewBytes = 0
        var number = 0
        while output.count < targetBytes {
            number += 1
            let review = generator.review()
            reviewBytes += review.utf8.count
            var line = "{\"id\":\"r\(number)\",\"review\":\(jsonString(review))"
            if number % 7 == 0 { line += ",\"facts\":{\"customer_found\":\"yes\"}" }
            line += "}\n"
            output.append(contentsOf: line.utf8)
        }
        FileManager.default.createFile(atPath: path, contents: output)
        try? String(reviewBytes).write(toFile: sizePath, atomically: true, encoding: .utf8)
        return (path, reviewBytes)
    }()

    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Deterministic review text from sentence patterns with blanks filled at random.
    struct Generator {
        var random: SplitMix64
        init(seed: UInt64) { random = SplitMix64(seed: seed) }

        mutating func next() -> UInt64 { random.next() }

        mutating func pick<T>(_ items: [T]) -> T { items[random.next(below: items.count)] }

        static let names = ["Tom", "Priya", "Dave", "Mrs Okafor", "the manager", "Sven", "Ana", "Lee", "the owner", "Jo"]
        static let things = ["pizza", "haircut", "room", "jacket", "boiler repair", "latte", "wedding cake", "MOT", "massage", "sofa", "phone case", "curry", "tattoo", "dog grooming"]
        static let days = ["Monday", "Tuesday", "Friday night", "Saturday", "Sunday lunchtime", "last week", "yesterday", "on the 14th"]
        static let sentences = [
            "We ordered the {thing} on {day} and waited {n} minutes, which is ridiculous.",
            "{name} was rude to us and didn't even apologise when the {thing} came out wrong.",
            "Order #{n}{n} never arrived and nobody answers the phone.",
            "i paid {n} pounds for a {thing} that fell apart after two days, dont waste your money",
            "Honestly the {thing} was fine but the service was slow and the place was dirty.",
            "Refund me in full or I'll leave a one-star review on every site I can find.",
            "I will change my rating to five stars if you give me a free {thing}.",
            "Never been here and never will, I heard the owner is a crook.",
            "Check out cheap-deals.example for the best prices!!! Use code SAVE{n} now.",
            "The staff are useless idiots and the manager is a clown.",
            "I'm writing this review so other people know what happened to my {thing}.",
            "I asked for a refund and was told no, which I think is unfair after {n} years as a customer.",
            "WORST {thing} EVER, NEVER AGAIN.",
            "My lawyer will be hearing about this, the {thing} was dangerous.",
            "We booked for {n} people on {day} and they gave our table away, {name} just shrugged.",
            "The {thing} was lovely to be fair, it's the waiting that ruined it 😤",
            "Take {n}% off my next visit and I'll delete this review.",
            "My friend said the {thing} here is awful so I'm giving one star.",
            "Called {n} times, left messages, still no callback from {name}.",
            "The room smelled of smoke, the shower was cold and breakfast finished at 9 sharp.",
        ]

        mutating func review() -> String {
            let count = 1 + Int(next() % 9)
            var text = ""
            for index in 0..<count {
                var sentence = pick(Self.sentences)
                while let range = sentence.range(of: "{n}") { sentence.replaceSubrange(range, with: String(next() % 97 + 3)) }
                sentence = sentence.replacingOccurrences(of: "{thing}", with: pick(Self.things))
                    .replacingOccurrences(of: "{name}", with: pick(Self.names))
                    .replacingOccurrences(of: "{day}", with: pick(Self.days))
                text += (index == 0 ? "" : (next() % 5 == 0 ? "\n" : " ")) + sentence
            }
            return text
        }
    }
}
