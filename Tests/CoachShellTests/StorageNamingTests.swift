import CoachShell
import Testing

@Suite struct StorageNamingTests {
    @Test func sessionNamesSortByUTCTimeAndEndWithTheProcessID() {
        // 2026-11-23 07:04:12 UTC
        #expect(SessionName.new(now: 1_795_417_452, pid: 4242) == "20261123-070412-4242")
    }

    @Test func aPathSplitsIntoItsFolderAndName() {
        #expect(FilePath.split("/a/b/c.json") == (directory: "/a/b", name: "c.json"))
        #expect(FilePath.split("c.json") == (directory: ".", name: "c.json"))
        #expect(FilePath.split("/c.json") == (directory: "/", name: "c.json"))
    }

    @Test func onlyTheLastExtensionIsRemovedAndADotFileKeepsItsName() {
        #expect(FilePath.removingExtension("20261123-070412-4242.json") == "20261123-070412-4242")
        #expect(FilePath.removingExtension("a.b.c") == "a.b")
        #expect(FilePath.removingExtension(".hidden") == ".hidden")
        #expect(FilePath.removingExtension("plain") == "plain")
    }
}
