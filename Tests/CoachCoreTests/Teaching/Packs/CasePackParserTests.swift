import CoachCore
import Testing

/// The case-pack reader: what a well-formed file gives, and each kind of mistake reported with
/// its file and line.
@Suite struct CasePackParserTests {
    static let good = """
        # A comment
        pack: clinic
        title: Clinic cases
        industry: healthcare
        signature: Dr Lee, practice manager

        === case c1 ===
        verdict: genuine_grievance
        difficulty: easy
        facts: customer_found=yes our_fault=partly demand=no abusive=no
        claims: wait_time, communication
        review:
          We waited forty minutes past our appointment.

          Nobody told us why.
        context: You find the booking. The doctor was called to an emergency.
        note: A long wait with no word is a
          genuine grievance.
        model:
          Thank you for telling us.
          Dr Lee
        """

    func parse(_ text: String) throws(CasePackError) -> CasePack {
        try CasePackParser(file: "f.txt").parse(text)
    }

    func problem(_ text: String) -> (line: Int, problem: CasePackProblem)? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            #expect(error.file == "f.txt")
            return (error.line, error.problem)
        }
    }

    /// A minimal case body after a header, with `change` applied to its lines.
    static func oneCase(_ lines: [String] = [
        "verdict: troll", "facts: customer_found=no our_fault=no demand=no abusive=no", "review: Worst place ever.",
        "context: No record.", "note: A troll.",
    ]) -> String {
        (["=== case a ==="] + lines).joined(separator: "\n")
    }

    @Test func aWellFormedPackGivesEveryField() throws {
        let pack = try parse(Self.good)
        #expect(pack.name == "clinic" && pack.title == "Clinic cases")
        let only = try #require(pack.cases.first)
        #expect(only.id == "c1")
        #expect(only.review == "We waited forty minutes past our appointment.\n\nNobody told us why.")
        #expect(only.note == "A long wait with no word is a genuine grievance.")
        #expect(only.extras.expected == .genuineGrievance)
        #expect(only.extras.claims == [.waitTime, .communication])
        #expect(only.extras.industry == .healthcare)
        #expect(only.extras.difficulty == .easy)
        #expect(only.extras.signature == "Dr Lee, practice manager")
        #expect(only.extras.modelReply == "Thank you for telling us.\nDr Lee")
        #expect(only.extras.line == 7)
    }

    @Test func aCaseOverridesThePacksDefaults() throws {
        let pack = try parse("industry: hotel\n" + Self.oneCase() + "\nindustry: retail")
        #expect(pack.cases.first?.extras.industry == .retail)
    }

    @Test func windowsLineEndingsReadTheSame() throws {
        let pack = try parse(Self.good.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"))
        #expect(pack.cases.first?.review == "We waited forty minutes past our appointment.\n\nNobody told us why.")
    }

    @Test func anIndentedLineKeepsWhatLooksLikeACommentOrAHeader() throws {
        let pack = try parse(Self.oneCase() + "\nmodel:\n  # not a comment\n  === not a header ===")
        #expect(pack.cases.first?.extras.modelReply == "# not a comment\n=== not a header ===")
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsIgnored() throws {
        #expect(try parse("\u{FEFF}# Saved by Notepad\n" + Self.oneCase()).cases.count == 1)
    }

    @Test func aLineThatIsNotAFieldIsNamedWithItsLine() {
        #expect(problem(Self.oneCase() + "\nthis is not a field")?.line == 7)
        #expect(problem(Self.oneCase() + "\nthis is not a field")?.problem == .notAField("this is not a field"))
    }

    @Test func anUnknownFieldListsTheAllowedOnes() {
        #expect(problem(Self.oneCase() + "\nmood: calm")?.problem == .unknownField("mood", allowed: PackField.perCase))
        #expect(problem("verdict: troll\n" + Self.oneCase())?.problem == .unknownField("verdict", allowed: PackField.packWide))
    }

    @Test func aRepeatedFieldNamesBothLines() {
        #expect(problem(Self.oneCase() + "\nnote: again")?.line == 7)
        #expect(problem(Self.oneCase() + "\nnote: again")?.problem == .repeatedField(.note, firstLine: 6))
    }

    @Test func aMissingFieldIsReportedAtTheCaseHeader() {
        let text = Self.oneCase(["verdict: troll", "facts: customer_found=no our_fault=no demand=no abusive=no", "review: Bad.", "note: N"])
        #expect(problem(text)?.line == 1)
        #expect(problem(text)?.problem == .missingField(caseID: "a", .context))
    }

    @Test func anEmptyFieldIsAnError() {
        #expect(problem(Self.oneCase() + "\nmodel:")?.problem == .emptyField(.model))
    }

    @Test func anIndentedLineBeforeAnyFieldIsAnError() {
        #expect(problem("  stray text\n" + Self.oneCase())?.problem == .continuationWithoutField)
    }

    @Test func aBadHeaderIsAnError() {
        #expect(problem("=== kase 1 ===")?.problem == .badHeader("=== kase 1 ==="))
        #expect(problem("=== case two words ===")?.line == 1)
    }

    @Test func aCaseIdUsedTwiceIsAnError() {
        #expect(problem(Self.oneCase() + "\n" + Self.oneCase())?.problem == .duplicateCase("a", firstLine: 1))
    }

    @Test func badFactsKeepTheFactsReason() {
        let text = Self.oneCase(["verdict: troll", "facts: customer_found=no", "review: Bad.", "context: C", "note: N"])
        #expect(problem(text)?.problem == .badFacts(.missing(.ourFault)))
        #expect(problem(text)?.line == 3)
    }

    @Test func anUnknownVerdictClaimIndustryOrDifficultyIsAnError() {
        #expect(problem(Self.oneCase() + "\n").map(\.problem) == nil)
        let body = ["facts: customer_found=no our_fault=no demand=no abusive=no", "review: Bad.", "context: C", "note: N"]
        #expect(problem(Self.oneCase(["verdict: scam"] + body))?.problem == .badVerdict("scam"))
        #expect(problem(Self.oneCase(["verdict: troll", "claims: noise"] + body))?.problem == .badClaim("noise"))
        #expect(problem(Self.oneCase(["verdict: troll", "industry: bakery"] + body))?.problem == .badIndustry("bakery"))
        #expect(problem(Self.oneCase(["verdict: troll", "difficulty: tricky"] + body))?.problem == .badDifficulty("tricky"))
    }

    @Test func aFileWithNoCaseIsAnError() {
        #expect(problem("# only a comment\npack: x")?.problem == .noCases)
    }

    @Test func everyProblemSaysWhatToDo() {
        let problems: [CasePackProblem] = [
            .notAField("x"), .unknownField("x", allowed: PackField.perCase), .repeatedField(.note, firstLine: 2),
            .emptyField(.model), .missingField(caseID: "a", .note), .continuationWithoutField, .badHeader("==="),
            .duplicateCase("a", firstLine: 1), .badVerdict("x"), .badClaim("x"), .badIndustry("x"), .badDifficulty("x"), .noCases,
        ]
        for problem in problems {
            let text = problem.description
            #expect(["use", "write", "keep", "give", "start", "needs"].contains { text.contains($0) }, "\(text)")
        }
    }

    @Test func theLineOffsetPlacesErrorsInTheWholeFile() {
        do {
            _ = try CasePackParser(file: "prompts/cases.txt", lineOffset: 10).parse("=== kase ===")
            Issue.record("parsed a bad header")
        } catch {
            #expect(error.description.hasPrefix("prompts/cases.txt:11: "))
        }
    }
}
