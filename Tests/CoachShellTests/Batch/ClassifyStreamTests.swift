import CoachCore
import CoachPrompts
import CoachShell
import Foundation
import Testing

/// `classify` over a stream: one output line per non-blank input line, in order, whatever the
/// chunk boundaries.
@Suite struct ClassifyStreamTests {
    let classifier = BatchClassifier(catalog: try! PromptCatalog(files: EmbeddedPrompts.files))

    /// Runs the stream from a temporary input file into a temporary output file.
    func run(_ input: String, chunkBytes: Int = 64 * 1024, maxLineBytes: Int = 256 * 1024, jobs: Int = 1) throws -> (lines: [String], summary: ClassifyStream.Summary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("classify-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inPath = folder.appendingPathComponent("in").path
        let outPath = folder.appendingPathComponent("out").path
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
        let inFD = open(inPath, O_RDONLY)
        let outFD = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer {
            close(inFD)
            close(outFD)
        }
        let writer = BufferedWriter(descriptor: outFD, capacity: 100)
        let reader = ChunkedLineReader(descriptor: inFD, chunkBytes: chunkBytes, maxLineBytes: maxLineBytes)
        let summary = jobs == 1
            ? try ClassifyStream.run(reader: reader, writer: writer, classifier: classifier)
            : try ParallelClassify(classifier: classifier, jobs: jobs).run(reader: reader, writer: writer)
        let output = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self)
        #expect(output.isEmpty || output.hasSuffix("\n"))
        return (output.split(separator: "\n").map(String.init), summary)
    }

    func id(_ line: String) -> String? {
        guard case .object(let members) = try? JSONLineParser.parse(line),
            case .string(let id)? = members.first(where: { $0.key == "id" })?.value
        else { return nil }
        return id
    }

    func lineNumber(_ line: String) -> String? {
        guard case .object(let members) = try? JSONLineParser.parse(line),
            case .number(let number)? = members.first(where: { $0.key == "line" })?.value
        else { return nil }
        return number
    }

    @Test(arguments: [1, 7, 64, 65536])
    func everyLineGetsExactlyOneOutputLineInOrder(chunkBytes: Int) throws {
        let input = (1...50).map { #"{"id":"r\#($0)","review":"Réview \#($0) 🙂"}"# }.joined(separator: "\n")
        let (lines, summary) = try run(input, chunkBytes: chunkBytes)
        #expect(lines.map(id) == (1...50).map { "r\($0)" })
        #expect(summary == ClassifyStream.Summary(lines: 50, failed: 0))
    }

    @Test func badLinesGiveErrorLinesInPlace() throws {
        let (lines, summary) = try run("{\"id\":\"a\",\"review\":\"x\"}\nnot json\n{\"id\":\"c\",\"review\":\"x\"}\n")
        #expect(lines.count == 3)
        #expect(id(lines[0]) == "a")
        #expect(lineNumber(lines[1]) == "2")
        #expect(id(lines[2]) == "c")
        #expect(summary.failed == 1)
    }

    @Test func blankLinesGiveNoOutputButKeepTheNumbering() throws {
        let (lines, summary) = try run("\n\r\n{\"id\":\"a\",\"review\":\"x\"}\n\n\noops\n\n")
        #expect(lines.count == 2)
        #expect(lineNumber(lines[1]) == "6")
        #expect(summary.lines == 2)
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        let (lines, summary) = try run("{\"id\":\"a\",\"review\":\"x\"}\r\n{\"id\":\"b\",\"review\":\"y\"}\r\n")
        #expect(lines.map(id) == ["a", "b"])
        #expect(summary.failed == 0)
    }

    @Test func aLastLineWithoutANewlineIsRead() throws {
        #expect(try run("{\"id\":\"a\",\"review\":\"x\"}").lines.map(id) == ["a"])
    }

    @Test(arguments: [3, 64, 65536])
    func aTooLongLineIsOneErrorAndTheNextLinesStillRun(chunkBytes: Int) throws {
        let long = #"{"id":"big","review":""# + String(repeating: "a", count: 500) + #""}"#
        let input = "{\"id\":\"a\",\"review\":\"x\"}\n\(long)\n{\"id\":\"c\",\"review\":\"x\"}\n"
        let (lines, summary) = try run(input, chunkBytes: chunkBytes, maxLineBytes: 100)
        #expect(lines.count == 3)
        #expect(id(lines[0]) == "a")
        #expect(lineNumber(lines[1]) == "2")
        #expect(id(lines[2]) == "c")
        #expect(summary.failed == 1)
    }

    @Test func aByteOrderMarkAtTheStartIsIgnored() throws {
        #expect(try run("\u{FEFF}{\"id\":\"a\",\"review\":\"x\"}\n").lines.map(id) == ["a"])
    }

    /// Reviews of every kind, with blank, unreadable and too-long lines among them.
    var mixedInput: String {
        let reviews = ["Refund me or the 1 star stays.", "Never been here, looks dirty.", "The soup was cold and the waiter rude.",
                       "Check out my channel for free gift cards!", "I found a hair in my pasta and got sick."]
        var lines: [String] = []
        for i in 0..<60 {
            switch i % 9 {
            case 4: lines.append("")
            case 7: lines.append("not json \(i)")
            case 8: lines.append(#"{"id":"long\#(i)","review":""# + String(repeating: "a", count: 300) + #""}"#)
            default: lines.append(#"{"id":"r\#(i)","review":"\#(reviews[i % reviews.count])"}"#)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [2, 3, 8])
    func severalJobsWriteTheSameLinesAsOne(jobs: Int) throws {
        for chunkBytes in [5, 200, 65536] {
            let one = try run(mixedInput, chunkBytes: chunkBytes, maxLineBytes: 250)
            let many = try run(mixedInput, chunkBytes: chunkBytes, maxLineBytes: 250, jobs: jobs)
            #expect(many.lines == one.lines)
            #expect(many.summary == one.summary)
        }
    }

    @Test func moreJobsThanLinesLeaveNoGapsOrRepeats() throws {
        let (lines, summary) = try run(#"{"id":"a","review":"x"}"# + "\n" + #"{"id":"b","review":"y"}"#, jobs: 8)
        #expect(lines.map(id) == ["a", "b"])
        #expect(summary == ClassifyStream.Summary(lines: 2, failed: 0))
    }
}
