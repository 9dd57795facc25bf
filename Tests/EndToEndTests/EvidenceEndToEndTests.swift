import Foundation
import Testing

/// `/evidence FILE` through the built binary: the pack is written through the safe-write
/// routine, said to be written only when it was, and a failure says what was wrong.
@Suite struct EvidenceEndToEndTests {
    typealias Folder = ChatFilesEndToEndTests.Folder
    static let scam = "Pay 150 euros by PayPal and we delete this review and the others.\n\n"

    @Test func thePackIsWrittenAndSaidToBe() throws {
        let folder = try Folder()
        let pack = folder.path("pack.md")
        let result = try RunBinary.run(["--incognito", "--width", "500"], input: Self.scam + "/evidence \(pack)\n", environment: folder.environment)
        #expect(result.exitCode == 0)
        #expect(result.output.contains("Evidence pack written to \(pack)"))
        let text = try String(contentsOfFile: pack, encoding: .utf8)
        #expect(text.contains("Pay 150 euros by PayPal"))
        #expect(text.contains("- [ ] "))
    }

    @Test func anExistingFileIsLeftAloneAndNothingIsSaidWritten() throws {
        let folder = try Folder()
        let existing = try folder.write("pack.md", "mine")
        let result = try RunBinary.run(["--incognito", "--width", "500"], input: Self.scam + "/evidence \(existing)\n", environment: folder.environment)
        #expect(result.output.contains("The evidence pack was not written"))
        #expect(result.output.contains("already exists"))
        #expect(!result.output.contains("Evidence pack written"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "mine")
        #expect(result.exitCode == 1)
    }

    @Test func aSymbolicLinkIsRefused() throws {
        let folder = try Folder()
        let victim = try folder.write("victim.txt", "do not touch")
        try FileManager.default.createSymbolicLink(atPath: folder.path("pack.md"), withDestinationPath: victim)
        let result = try RunBinary.run(["--incognito", "--width", "500"], input: Self.scam + "/evidence \(folder.path("pack.md"))\n",
                                       environment: folder.environment)
        #expect(result.output.contains("is a symbolic link"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "do not touch")
    }

    @Test func helpNamesTheCommand() throws {
        let folder = try Folder()
        let chat = try RunBinary.run(["--incognito", "--width", "500"], input: "/help\n", environment: folder.environment)
        #expect(chat.output.contains("/evidence FILE"))
        let help = try RunBinary.run(["--help"], environment: folder.environment)
        #expect(help.output.contains("/evidence FILE"))
    }
}
