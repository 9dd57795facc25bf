@testable import CoachShell
import Foundation
import SystemPackage
import Testing

@Suite struct SafeFileTests {
    @Test func writesANewFilePrivateToTheOwner() throws {
        let scratch = try Scratch()
        try SafeFile.write("hello", to: scratch.file("a.md"), overwrite: false)
        #expect(try scratch.read("a.md") == "hello")
        #expect(try scratch.permissions("a.md") == 0o600)
    }

    @Test func leavesNoTemporaryFileBehind() throws {
        let scratch = try Scratch()
        try SafeFile.write("one", to: scratch.file("a.md"), overwrite: false)
        try SafeFile.write("two", to: scratch.file("a.md"), overwrite: true)
        #expect(try scratch.names() == ["a.md"])
    }

    @Test func refusesToReplaceAFileWithoutOverwrite() throws {
        let scratch = try Scratch()
        try scratch.write("a.md", "keep me")
        #expect(throws: ShellError.self) { try SafeFile.write("new", to: scratch.file("a.md"), overwrite: false) }
        #expect(try scratch.read("a.md") == "keep me")
    }

    @Test func refusesToWriteThroughASymbolicLink() throws {
        let scratch = try Scratch()
        let victim = try scratch.write("victim.json", "{\"private\":true}")
        try scratch.link("report.md", to: victim)
        for overwrite in [false, true] {
            #expect(throws: ShellError.self) { try SafeFile.write("owned", to: scratch.file("report.md"), overwrite: overwrite) }
        }
        #expect(try scratch.read("victim.json") == "{\"private\":true}")
        #expect(SafeFile.isLink(scratch.file("report.md")))
    }

    @Test func aLinkPlantedAtTheTemporaryNameIsNotFollowed() throws {
        let scratch = try Scratch()
        let victim = try scratch.write("victim.txt", "untouched")
        try scratch.link(".report.md.\(getpid()).0.tmp", to: victim)
        try SafeFile.write("report", to: scratch.file("report.md"), overwrite: false)
        #expect(try scratch.read("victim.txt") == "untouched")
        #expect(try scratch.read("report.md") == "report")
        #expect(SafeFile.isLink(scratch.file(".report.md.\(getpid()).0.tmp")))
    }

    @Test func aFullDiskIsAnErrorWithTheSystemsReason() throws {
        let full = try FileDescriptor.open("/dev/full", .writeOnly)
        defer { try? full.close() }
        #expect(throws: Errno.noSpace) { try SafeFile.writeAll(Array("answers".utf8), to: full) }
    }

    @Test func aMissingFolderIsAnErrorThatNamesTheFile() throws {
        let scratch = try Scratch()
        let target = scratch.file("missing/report.md")
        let error = #expect(throws: ShellError.self) { try SafeFile.write("x", to: target, overwrite: true) }
        #expect(error?.description.contains(target) == true)
    }
}
