import CoachShell
import Testing

@Suite struct SessionNameTests {
    @Test(arguments: ["20261130-101500-42.journal", "20261130-101500-42.json", ".20261130-101500-42.json.77.tmp"])
    func theCoachsOwnFilesAreRecognised(name: String) {
        #expect(SessionName.isOwnFile(name))
    }

    @Test(arguments: ["package.json", "tsconfig.json", "2026-11-30.journal", ".bashrc", "notes.tmp", ".x.tmp"])
    func otherFilesAreNot(name: String) {
        #expect(!SessionName.isOwnFile(name))
    }
}
