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
    /// next questions are the business and its kind (unless the profile knows them), then the
    /// contact line and the signature.
    func answerUpToTheDetails(_ terminal: PseudoTerminal) throws {
        try terminal.send("The soup was cold." + Key.enter)
        try terminal.waitForPrompt("review> ")
        try terminal.send(Key.enter)
        for answer in ["calm", "no", "no", "no", "no"] {
            try terminal.waitForPrompt("you> ")
            try terminal.send(answer + Key.enter)
        }
    }

    /// Waits for `text`, then for the prompt, and types `line`.
    func reply(to text: String, with line: String, in terminal: PseudoTerminal) throws {
        try terminal.waitFor(text)
        try terminal.waitForPrompt("you> ")
        try terminal.send(line + Key.enter)
    }

    /// Gives the business's name and kind, each when it is asked.
    func giveTheBusiness(_ terminal: PseudoTerminal) throws {
        try reply(to: "What is your business called?", with: "Pizzeria Roma", in: terminal)
        try reply(to: "What kind of business is it?", with: "restaurant", in: terminal)
    }

    /// Answers the contact line and the signature, waits for the verdict, and quits.
    func giveTheDetailsAndQuit(_ terminal: PseudoTerminal) throws {
        for answer in ["call the shop", "Sam"] {
            try terminal.waitForPrompt("you> ")
            try terminal.send(answer + Key.enter)
        }
        try reply(to: "Verdict:", with: "/quit", in: terminal)
    }

    @Test func aStoredProfileAnswersTheContactAndSignature() throws {
        let state = try StateHome()
        try store(#"{"business": "Pizzeria Roma", "industry": "restaurant", "signature": "Maria, owner", "contact": "call the shop"}"#, in: state)
        let terminal = try CoachTerminalTests().startCoach(state)
        try answerUpToTheDetails(terminal)
        try terminal.waitFor("From your profile, your name")
        try reply(to: "Verdict:", with: "/quit", in: terminal)
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("How do you sign your replies?"))
        #expect(!terminal.text.contains("What is your business called?"))
    }

    @Test func theBusinessSignatureAndContactGivenAreRememberedPrivately() throws {
        let state = try StateHome()
        let terminal = try CoachTerminalTests().startCoach(state)
        try answerUpToTheDetails(terminal)
        try giveTheBusiness(terminal)
        try giveTheDetailsAndQuit(terminal)
        try terminal.waitFor("Kept for next time: Business, Kind, Signature, Contact.")
        #expect(try terminal.waitForExit() == 0)
        let stored = try String(contentsOfFile: profilePath(state), encoding: .utf8)
        #expect(stored == #"{"business":"Pizzeria Roma","industry":"restaurant","signature":"Sam","contact":"call the shop"}"# + "\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: profilePath(state))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func theBusinessIsAskedInTheFirstSessionOnlyThenTheStoredOneIsUsed() throws {
        let state = try StateHome()
        let first = try CoachTerminalTests().startCoach(state)
        try answerUpToTheDetails(first)
        try giveTheBusiness(first)
        try giveTheDetailsAndQuit(first)
        #expect(try first.waitForExit() == 0)
        let second = try CoachTerminalTests().startCoach(state)
        try answerUpToTheDetails(second)
        try second.waitFor("From your profile, your name")
        try reply(to: "Verdict:", with: "/summary", in: second)
        try reply(to: "Business: Pizzeria Roma", with: "/quit", in: second)
        #expect(try second.waitForExit() == 0)
        #expect(!second.text.contains("What is your business called?"))
    }

    /// Where the recorded session of the test below writes its transcript.
    static let recording = NSTemporaryDirectory() + "profile-terminal-\(UUID().uuidString).transcript"

    @Test(arguments: [["--incognito"], ["--record", recording]])
    func incognitoOrARecordingNeitherReadsNorWritesTheProfile(_ arguments: [String]) throws {
        let state = try StateHome()
        let json = #"{"signature": "Maria, owner"}"#
        try store(json, in: state)
        defer { try? FileManager.default.removeItem(atPath: Self.recording) }
        let terminal = try CoachTerminalTests().startCoach(state, arguments: arguments)
        try answerUpToTheDetails(terminal)
        try terminal.waitFor("How can the customer reach you")
        #expect(!terminal.text.contains("What is your business called?"))
        try giveTheDetailsAndQuit(terminal)
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.text.contains("From your profile"))
        #expect(try String(contentsOfFile: profilePath(state), encoding: .utf8) == json)
    }
}
