import CoachCore
import Testing

/// `practice --name`: which names are taken, and the sentence for each refusal.
@Suite struct TraineeNameTests {
    @Test func aNameIsTrimmedOfSpaces() throws {
        #expect(try TraineeName("  Alex B  ").text == "Alex B")
    }

    @Test func lettersOfAnyScriptHyphensAndApostrophesAreAccepted() throws {
        #expect(try TraineeName("Zoë O'Neil-Şahin Jr.").text == "Zoë O'Neil-Şahin Jr.")
    }

    @Test func anEmptyNameIsRefused() {
        #expect(throws: TraineeName.Problem.empty) { try TraineeName("   ") }
    }

    @Test func aNameOverFortyCharactersIsRefused() {
        #expect(throws: TraineeName.Problem.tooLong) { try TraineeName(String(repeating: "a", count: 41)) }
    }

    @Test func aSlashIsRefusedAndNamedInTheMessage() throws {
        do {
            _ = try TraineeName("../alex")
            Issue.record("a slash was accepted")
        } catch {
            #expect(error == .unsafe("/"))
            let message = error.message(option: "--name", catalog: shippedCatalog())
            #expect(message.hasPrefix("--name: a name may hold only letters"))
            #expect(message.contains("\"/\""))
        }
    }

    @Test func aControlCharacterIsRefused() {
        #expect(throws: TraineeName.Problem.unsafe("\u{1B}")) { try TraineeName("Alex\u{1B}[31m") }
    }
}
