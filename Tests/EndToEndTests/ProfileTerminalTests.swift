import Foundation
import Testing

/// The owner profile at a live terminal: read from the state folder, learned once, and left
/// alone by --incognito.
@Suite(.serialized) struct ProfileTerminalTests {
    typealias Key = EditLineTerminalTests.Key
    typealias StateHome = EditLineTerminalTests.StateHome

    func profilePath(_ state: StateHome) -> String { state.url.appendingPathComponent("review-coach/profile.json").path }

    func store(_ json: String, in state: StateHome) throws {
        try FileManager.default.createDirectory(at: state.url.appendingPathComponent("review-coach"), withIntermediateDirectories: true)
        try json.write(toFile: profilePath(state), atomically: true, encoding: .utf8)
    }

    /// Pastes a review with no signals and answers the four facts so that it is a troll: the
    /// next questions are the contact line and the signature.
    func answerUpToTheDetails(_ terminal: PseudoTerminal) throws {
        try terminal.send("The soup was cold." + Key.enter)
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.enter)
        for answer in ["calm", "no", "no", "no", "no"] {
            try terminal.waitForPrompt("you> ")
            try terminal.send(answer + Key.enter)
        }
    }

    /// Answers the contact line and the signature, waits for the verdict, and quits.
    func giveTheDetailsAndQuit(_ terminal: PseudoTerminal) throws {
        for answer in ["call the shop", "Sam"] {
            try terminal.waitForPrompt("you> ")
            try terminal.send(answer + Key.enter)
        }
        try terminal.waitFor("Verdict:")
        try terminal.waitForPrompt("you> ")
        try terminal.send("/quit" + Key.enter)
    }

    @Test func aStoredProfileAnswersTheContactAndSignature() throws {
        let state = try StateHome()
        try store(#"{"signature": "Maria, owner", "contact": "call the shop"}"#, in: state)
        let terminal = try CoachTerminalTests().startCoach(state)
        try answerUpToTheDetails(terminal)
        try terminal.waitFor("From your profile, your name")
        try terminal.waitFor("Verdict:")
        try terminal.waitForPrompt("you> ")
        try terminal.send("/quit" + Key.enter)
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("How do you sign your replies?"))
    }

    @Test func theSignatureAndContactGivenAreRememberedPrivately() throws {
        let state = try StateHome()
        let terminal = try CoachTerminalTests().startCoach(state)
        try answerUpToTheDetails(terminal)
        try giveTheDetailsAndQuit(terminal)
        try terminal.waitFor("I will remember")
        #expect(try terminal.waitForExit() == 0)
        let stored = try String(contentsOfFile: profilePath(state), encoding: .utf8)
        #expect(stored == #"{"signature":"Sam","contact":"call the shop"}"# + "\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: profilePath(state))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func incognitoNeitherReadsNorWritesTheProfile() throws {
        let state = try StateHome()
        let json = #"{"signature": "Maria, owner"}"#
        try store(json, in: state)
        let terminal = try CoachTerminalTests().startCoach(state, arguments: ["--incognito"])
        try answerUpToTheDetails(terminal)
        try terminal.waitFor("How can the customer reach you")
        try giveTheDetailsAndQuit(terminal)
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("From your profile"))
        #expect(try String(contentsOfFile: profilePath(state), encoding: .utf8) == json)
    }
}
