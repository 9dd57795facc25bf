import CoachShell
import Foundation
import Testing

@Suite struct StateDirectoryTests {
    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "state-dir-test-\(UUID().uuidString)"
        return path
    }

    @Test func missingParentsAreCreatedPrivateToTheOwner() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try StateDirectory.create(root + "/a/b")
        let attributes = try FileManager.default.attributesOfItem(atPath: root + "/a/b")
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        #expect((attributes[.type] as? FileAttributeType) == .typeDirectory)
    }

    @Test func anExistingFolderIsLeftAsItIs() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try StateDirectory.create(root)
        try StateDirectory.create(root)
    }

    @Test func aFileInTheWayIsAnErrorThatSaysWhatToDo() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root, contents: Data("x".utf8))
        #expect {
            try StateDirectory.create(root + "/sessions")
        } throws: { error in
            "\(error)".contains("XDG_STATE_HOME") && "\(error)".contains(root)
        }
    }
}
