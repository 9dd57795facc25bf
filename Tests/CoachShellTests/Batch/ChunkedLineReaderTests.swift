import CoachShell
import Foundation
import Testing

@Suite struct ChunkedLineReaderTests {
    /// The lines of `text` as the reader gives them, reading `chunkBytes` at a time.
    func lines(of text: String, chunkBytes: Int) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var result: [String] = []
        try ChunkedLineReader(descriptor: descriptor, chunkBytes: chunkBytes).forEachLine { line in
            if case .text(let bytes, _) = line { result.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 64 * 1024])
    func carriageReturnsAloneEndRecords(chunkBytes: Int) throws {
        #expect(try lines(of: "{\"id\":\"1\"}\r{\"id\":\"2\"}\r", chunkBytes: chunkBytes) == ["{\"id\":\"1\"}", "{\"id\":\"2\"}"])
    }

    @Test(arguments: [1, 2, 3, 64 * 1024])
    func windowsLineEndsAreOneLineEnd(chunkBytes: Int) throws {
        #expect(try lines(of: "a\r\nb\r\n\r\nc", chunkBytes: chunkBytes) == ["a", "b", "", "c"])
    }
}
