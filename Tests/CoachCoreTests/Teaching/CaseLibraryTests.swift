import CoachCore
import Testing

/// The practice cases in prompts/cases.txt: complete, readable, and graded by the rules exactly
/// as the table below expects.
@Suite struct CaseLibraryTests {
    /// The verdict each shipped case must get from the rules. Kept here, never in the prompts.
    static let expected: [String: Verdict] = [
        "01": .genuineGrievance, "02": .genuineGrievance, "03": .genuineGrievance, "04": .genuineGrievance,
        "05": .genuineGrievance, "06": .genuineGrievance, "07": .genuineGrievance, "08": .genuineGrievance,
        "09": .genuineGrievance, "10": .genuineGrievance, "11": .genuineGrievance,
        "12": .threatBased, "13": .threatBased, "14": .threatBased, "15": .threatBased, "16": .threatBased,
        "17": .threatBased, "18": .threatBased, "19": .threatBased, "20": .threatBased,
        "21": .troll, "22": .troll, "23": .troll, "24": .troll, "25": .troll, "26": .troll, "27": .troll,
        "28": .troll,
    ]

    @Test func everyCaseParsesWithAllItsParts() throws {
        let catalog = shippedCatalog()
        let library = try CaseLibrary(catalog: catalog)
        #expect(library.cases.map(\.id) == CaseLibrary.caseIDs(in: catalog))
        for id in CaseLibrary.caseIDs(in: catalog) {
            for part in CasePart.allCases {
                #expect(!(catalog.entries[part.key(forCase: id)] ?? "").isEmpty, "case \(id) lacks \(part)")
            }
        }
    }

    @Test func everyCasesComputedVerdictIsTheExpectedOne() throws {
        let catalog = shippedCatalog()
        let library = try CaseLibrary(catalog: catalog)
        #expect(Set(library.cases.map(\.id)) == Set(Self.expected.keys))
        for practiceCase in library.cases {
            #expect(practiceCase.assessment(catalog: catalog).verdict == Self.expected[practiceCase.id],
                    "case \(practiceCase.id)")
        }
    }

    @Test func theLibraryCoversEveryVerdictAtLeastSevenTimes() throws {
        let catalog = shippedCatalog()
        let library = try CaseLibrary(catalog: catalog)
        #expect(library.cases.count >= 25)
        for verdict in Verdict.allCases {
            let count = library.cases.filter { $0.assessment(catalog: catalog).verdict == verdict }.count
            #expect(count >= 7, "only \(count) cases of \(verdict.rawValue)")
        }
    }

    @Test func aTrainerCanAddACaseWithoutTouchingSwift() throws {
        let extra = try PromptCatalog(files: [("extra.txt", """
            [case.99.review]
            Refund me or this review stays.
            [case.99.facts]
            customer_found=yes our_fault=no demand=yes abusive=no
            [case.99.context]
            You find the order.
            [case.99.note]
            A demand.
            """)])
        let catalog = shippedCatalog().overridden(by: extra)
        let library = try CaseLibrary(catalog: catalog)
        #expect(library.cases.last?.id == "99")
        #expect(library.cases.last?.assessment(catalog: catalog).verdict == .threatBased)
        #expect(PromptKeys.all(in: catalog).contains("case.99.note"))
        #expect(!PromptKeys.all(in: catalog).contains("case.99.extra"))
    }

    @Test func aCaseWithAMissingPartIsAnErrorNamingIt() throws {
        let catalog = try PromptCatalog(files: [("c.txt", "[case.3.review]\nBad.\n[case.3.facts]\ncustomer_found=yes our_fault=no demand=no abusive=no\n[case.3.note]\nN")])
        #expect(throws: CaseLibraryError.missingPart(caseID: "3", part: .context)) { try CaseLibrary(catalog: catalog) }
    }

    @Test func aFactsLineMustStateAllFourFactsWithAcceptedValues() {
        #expect(throws: CaseFactsError.missing(.abusive)) {
            try CaseFacts.parse("customer_found=yes our_fault=no demand=no")
        }
        #expect(throws: CaseFactsError.badValue(.ourFault, "maybe")) {
            try CaseFacts.parse("customer_found=yes our_fault=maybe demand=no abusive=no")
        }
        #expect(throws: CaseFactsError.notAFact("mood=calm")) {
            try CaseFacts.parse("mood=calm customer_found=yes our_fault=no demand=no abusive=no")
        }
        #expect(throws: CaseFactsError.repeated(.demand)) {
            try CaseFacts.parse("demand=no customer_found=yes our_fault=no demand=yes abusive=no")
        }
    }

    @Test func aFactsLineReadsIntoTheOwnersAnswers() throws {
        let facts = try CaseFacts.parse("customer_found=yes our_fault=partly demand=no abusive=unsure")
        #expect(facts == OwnerFacts(customerFound: .yes, ourFault: .partly, demand: .no, abusive: .unsure))
        #expect(CaseFacts.line(facts) == "customer_found=yes our_fault=partly demand=no abusive=unsure")
    }

    @Test func caseIdsAreOrderedByNumber() throws {
        let catalog = try PromptCatalog(files: [("c.txt", "[case.10.note]\nx\n[case.9.note]\nx\n[case.x.note]\nx")])
        #expect(CaseLibrary.caseIDs(in: catalog) == ["9", "10"])
    }
}
