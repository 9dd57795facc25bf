import CoachShell
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct PlainLineReaderTests {
    /// A pipe already holding `bytes`, its write end closed: the reader sees them, then EOF.
    /// (Small inputs only: a pipe holds 64 KiB before write blocks.)
    func pipeHolding(_ bytes: [UInt8]) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
        close(ends[1])
        return ends[0]
    }

    /// Reads everything the reader gives until end of input.
    func readAll(_ reader: PlainLineReader) -> [String] {
        var lines: [String] = []
        while case .line(let line) = reader.readLine(LineRequest(prompt: "you> ")) { lines.append(line) }
        return lines
    }

    @Test func readsLinesFromAPipe() throws {
        let fd = try pipeHolding(Array("yes\nno\nunsure\n".utf8))
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd)
        #expect(readAll(reader) == ["yes", "no", "unsure"])
        #expect(reader.readLine(LineRequest(prompt: "")) == .endOfInput)  // and stays at the end.
        #expect(!reader.sawInvalidUTF8)
    }

    @Test func readsLinesFromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString).txt")
        let long = String(repeating: "é", count: 100_000)  // 200 KB: many reads for one line.
        try Data("first\n\(long)\nlast\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(readAll(PlainLineReader(fileDescriptor: fd, maxLineBytes: 300_000)) == ["first", long, "last"])
    }

    @Test func lastLineWithoutNewlineIsStillReturned() throws {
        let fd = try pipeHolding(Array("one\ntwo".utf8))
        defer { close(fd) }
        #expect(readAll(PlainLineReader(fileDescriptor: fd)) == ["one", "two"])
    }

    @Test func crlfLineEndingsAreStripped() throws {
        let fd = try pipeHolding(Array("yes\r\nno\r\n\r\nlast\r".utf8))
        defer { close(fd) }
        #expect(readAll(PlainLineReader(fileDescriptor: fd)) == ["yes", "no", "", "last"])
    }

    @Test(arguments: [1, 2, 3, 7])
    func tinyReadsSplitNothingWrongly(chunkSize: Int) throws {
        let fd = try pipeHolding(Array("café\r\n🙂 ok\n\nend".utf8))
        defer { close(fd) }
        #expect(readAll(PlainLineReader(fileDescriptor: fd, chunkSize: chunkSize)) == ["café", "🙂 ok", "", "end"])
    }

    @Test func invalidUTF8IsReplacedAndFlagged() throws {
        let fd = try pipeHolding([0x6F, 0x6B, 0x0A, 0x62, 0xFF, 0x64, 0x0A])  // "ok\n" then "b\xFFd\n"
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd)
        #expect(reader.readLine(LineRequest(prompt: "")) == .line("ok"))
        #expect(!reader.sawInvalidUTF8)
        #expect(reader.readLine(LineRequest(prompt: "")) == .line("b\u{FFFD}d"))
        #expect(reader.sawInvalidUTF8)
    }

    @Test func emptyInputIsEndOfInputAtOnce() throws {
        let fd = try pipeHolding([])
        defer { close(fd) }
        #expect(PlainLineReader(fileDescriptor: fd).readLine(LineRequest(prompt: "you> ")) == .endOfInput)
    }

    @Test(arguments: [1, 2, 64 * 1024])
    func aLoneCarriageReturnEndsALine(chunkSize: Int) throws {
        let fd = try pipeHolding(Array("review one\rreview two\r\rcalm\r\nyes".utf8))
        defer { close(fd) }
        #expect(readAll(PlainLineReader(fileDescriptor: fd, chunkSize: chunkSize)) == ["review one", "review two", "", "calm", "yes"])
    }

    @Test func aLineOverTheLimitIsLeftOutAndTheNextIsRead() throws {
        let fd = try pipeHolding(Array((String(repeating: "x", count: 50) + "\nyes\n").utf8))
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd, chunkSize: 8, maxLineBytes: 20)
        #expect(reader.readLine(LineRequest(prompt: "")) == .tooLong(limit: 20))
        #expect(reader.readLine(LineRequest(prompt: "")) == .line("yes"))
    }

    @Test func endlessInputWithNoLineEndIsGivenUpInBoundedMemory() throws {
        let fd = open("/dev/zero", O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd, maxLineBytes: 1000)
        #expect(reader.readLine(LineRequest(prompt: "")) == .tooLong(limit: 1000))
        #expect(reader.readLine(LineRequest(prompt: "")) == .endOfInput)
    }
}
