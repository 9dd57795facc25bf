import CoachShell
import Foundation
import Testing

@Suite struct TextFileTests {
    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let scratch = try Scratch()
        let path = scratch.file("huge.transcript")
        // A sparse 2 GB file: refused by its size, in no time and no memory.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let error = #expect(throws: ShellError.self) { try TextFile.read(path, limit: TextFile.transcriptLimit, what: "transcript") }
        #expect(error?.description.contains("a transcript may be at most 1048576 bytes") == true)
    }

    @Test func aDeviceWithoutASizeIsHeldToTheLimitToo() throws {
        #expect(throws: ShellError.self) { try TextFile.readBytes("/dev/zero", limit: 1000, what: "review") }
    }

    @Test func errorsNameTheFileAsTheOptionGaveIt() throws {
        let error = #expect(throws: ShellError.self) {
            try TextFile.readBytes("/nonexistent/r.txt", limit: 10, what: "review", label: "--review-file /nonexistent/r.txt")
        }
        #expect(error?.description.contains("--review-file /nonexistent/r.txt") == true)
    }

    @Test func aPipeWhereAPlainFileIsNeededIsRefusedWithoutWaiting() throws {
        let scratch = try Scratch()
        let fifo = scratch.file("cases.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: ShellError.self) { try TextFile.read(fifo, limit: 100, what: "prompt file", regularOnly: true) }
    }
}
