import CoachShell
import Foundation
import Testing

/// `review-coach lint-reply` through the built binary: exit codes 0, 1, 2 and the JSON shape.
@Suite struct LintReplyEndToEndTests {
    static let clean = "Thank you for telling us. I'm sorry about the wait; please contact us directly. - Lee"
    static let legalThreat = "Your review is libellous and we will see you in court."

    @Test func aCleanReplyExitsZero() throws {
        let result = try RunBinary.run(["lint-reply"], input: Self.clean + "\n")
        #expect(result.exitCode == 0, "stdout: \(result.output)")
    }

    @Test func aReplyWithFindingsExitsOne() throws {
        let result = try RunBinary.run(["lint-reply", "--reply", Self.legalThreat])
        #expect(result.exitCode == 1, "stdout: \(result.output)")
    }

    @Test func aCleanReplyThatScoresLowOnTheRubricStillExitsZero() throws {
        let result = try RunBinary.run(["lint-reply", "--reply", "Thanks.", "--verdict", "genuine_grievance", "--our-fault", "yes"])
        #expect(result.exitCode == 0, "stdout: \(result.output)")
        #expect(result.output.contains("Total: "))
    }

    @Test func theRubricIsInTheJSONOnlyWhenTheVerdictIsGiven() throws {
        let graded = try RunBinary.run(["lint-reply", "--json", "--reply", Self.clean, "--verdict", "troll"])
        #expect(graded.output.contains(#""rubric":{"score":"#))
        let plain = try RunBinary.run(["lint-reply", "--json", "--reply", Self.clean])
        #expect(!plain.output.contains("rubric"))
    }

    @Test func aMissingFileExitsTwoAndSaysWhy() throws {
        let result = try RunBinary.run(["lint-reply", "/no/such/draft.txt"])
        #expect(result.exitCode == 2)
        #expect(result.errorOutput.contains("/no/such/draft.txt"))
    }

    @Test func anUnknownOptionExitsTwo() throws {
        let result = try RunBinary.run(["lint-reply", "--nonsense"])
        #expect(result.exitCode == 2)
        #expect(!result.errorOutput.isEmpty)
    }

    @Test func aFileAndReplyTogetherExitTwo() throws {
        let result = try RunBinary.run(["lint-reply", "draft.txt", "--reply", "Thanks."])
        #expect(result.exitCode == 2)
    }

    @Test func anEmptyReplyExitsTwo() throws {
        let result = try RunBinary.run(["lint-reply"], input: "\n  \n")
        #expect(result.exitCode == 2)
        #expect(result.errorOutput.contains("empty"))
    }

    @Test func anEmptyReplyFlagSaysTheFlagIsEmpty() throws {
        let result = try RunBinary.run(["lint-reply", "--reply", " "])
        #expect(result.exitCode == 2)
        #expect(result.errorOutput.contains("--reply is empty"))
        #expect(!result.errorOutput.contains("standard input"))
    }

    @Test func anOversizeReplyOnStandardInputDoesNotMisstateItsSize() throws {
        let result = try RunBinary.run(["lint-reply"], input: String(repeating: "Thank you. ", count: 3000))
        #expect(result.exitCode == 2)
        #expect(result.errorOutput.contains("the reply is over the limit of 10000 bytes"))
    }

    @Test func invalidUTF8IsCheckedWithAWarning() throws {
        let result = try RunBinary.run(["lint-reply"], stdin: Data("Thanks \u{FF} for the note".utf8) + Data([0xFF, 0x0A]))
        #expect(result.exitCode == 0)
        #expect(result.errorOutput.contains("not valid UTF-8"))
    }

    @Test func widthWrapsTheReadableFindings() throws {
        let result = try RunBinary.run(["lint-reply", "--width", "40", "--reply", "Sorry for the wait, but we were busy."])
        #expect(result.exitCode == 1)
        #expect(result.outputLines.allSatisfy { $0.count <= 40 }, "\(result.output)")
    }

    @Test func aValueTakenAsTheFileIsNamedInTheConflictError() throws {
        let result = try RunBinary.run(["lint-reply", "--wdth", "40", "--reply", "Thanks."])
        #expect(result.exitCode == 2)
        #expect(result.errorOutput.contains(#"FILE is "40""#))
    }

    @Test func jsonForACleanReplyIsAnEmptyListAndCleanTrue() throws {
        let result = try RunBinary.run(["lint-reply", "--json", "--reply", Self.clean])
        #expect(result.output == #"{"findings":[],"clean":true}"# + "\n")
    }

    @Test func jsonFindingsHaveCodeTextAdvicePrincipleAndRewriteInOrder() throws {
        let result = try RunBinary.run(["lint-reply", "--json", "--reply", Self.legalThreat])
        guard case .object(let members) = try JSONLineParser.parse(result.output) else {
            Issue.record("not a JSON object: \(result.output)")
            return
        }
        #expect(members.map(\.key) == ["findings", "clean"])
        #expect(members.last?.value == .bool(false))
        guard case .array(let findings)? = members.first?.value, case .object(let first)? = findings.first else {
            Issue.record("no findings in \(result.output)")
            return
        }
        #expect(first.map(\.key) == ["code", "text", "advice", "principle", "rewrite"])
    }

    @Test func aBadContextValueIsAUsageErrorNamingTheAllowedValues() throws {
        let result = try RunBinary.run(["lint-reply", "--industry", "dentistry", "--reply", "Thanks."])
        #expect(result.exitCode == 2)
        #expect(result.errorOutput.contains("healthcare"))
    }

    @Test func theIndustryTurnsAConfirmedVisitIntoAConfidentialityFinding() throws {
        let reply = "Thank you for being our patient; we hope your treatment went well."
        let result = try RunBinary.run(["lint-reply", "--json", "--industry", "healthcare", "--reply", reply])
        #expect(result.output.contains(#""code":"confidential_relationship""#))
        #expect(result.exitCode == 1)
    }

    @Test func thePlatformFlagLimitsWhichPlatformRulesApply() throws {
        let reply = "Our full menu is at www.example.com/menu."
        #expect(try RunBinary.run(["lint-reply", "--platform", "google", "--reply", reply]).exitCode == 0)
        let tripadvisor = try RunBinary.run(["lint-reply", "--json", "--platform", "tripadvisor", "--reply", reply])
        #expect(tripadvisor.output.contains(#""platforms":["tripadvisor"]"#))
    }

    @Test func helpSaysWhatGoesInWhatComesOutAndTheExitCodes() throws {
        let help = try RunBinary.run(["lint-reply", "--help"]).output
        for words in ["Input", "Output", "Exit codes", "Example"] {
            #expect(help.contains(words), "help lacks \(words)")
        }
    }
}
