import CoachCore
import Testing

/// A pack's expected verdicts checked against the coach's own rules when it loads.
@Suite struct CasePackCheckTests {
    static let wrong = """
        === case ok ===
        verdict: genuine_grievance
        facts: customer_found=yes our_fault=yes demand=no abusive=no
        review: The soup was cold.
        context: You find the booking.
        note: A real complaint.

        === case bad ===
        verdict: troll
        facts: customer_found=yes our_fault=no demand=yes abusive=no
        review: Give me a free meal or this review stays.
        context: You find the booking.
        note: Meant as a troll, but it is a threat.
        """

    @Test func aCaseTheRulesClassifyOtherwiseIsRefusedWithItsLineAndTheRule() throws {
        let catalog = shippedCatalog()
        #expect(throws: CaseLibraryError.self) { try CaseLibrary(text: Self.wrong, file: "w.txt", catalog: catalog) }
        let pack = try CasePackParser(file: "w.txt").parse(Self.wrong)
        let errors = CasePackCheck(catalog: catalog).mismatches(in: pack)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.line == 8)
        guard case let .wrongVerdict(id, expected, computed, why) = error.problem else {
            Issue.record("not a verdict mismatch: \(error)")
            return
        }
        #expect(id == "bad" && expected == .troll && computed == .threatBased)
        #expect(why.hasPrefix(catalog.text("rule.demand_makes_threat")))
        #expect(why.contains("P"))
    }

    @Test func aPackWhoseVerdictsAllHoldHasNoMismatch() throws {
        let pack = try CasePackParser(file: "ok.txt").parse(String(Self.wrong.split(separator: "\n\n")[0]))
        #expect(CasePackCheck(catalog: shippedCatalog()).mismatches(in: pack).isEmpty)
    }
}
