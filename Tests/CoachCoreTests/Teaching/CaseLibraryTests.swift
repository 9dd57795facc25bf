import CoachCore
import Testing

/// The built-in practice cases (the pack in prompts/cases.txt): complete, readable, and graded by
/// the rules exactly as the table below expects (kept apart from the file's own `verdict:`).
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

    @Test func theBuiltInCasesAreOnePackReadInFileOrder() throws {
        let library = try CaseLibrary(catalog: shippedCatalog())
        #expect(library.cases.map(\.id) == (1...28).map { $0 < 10 ? "0\($0)" : "\($0)" })
        #expect(library.cases.allSatisfy { $0.extras.expected != nil && $0.extras.difficulty != nil })
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

    @Test func aTrainersFileReplacesTheBuiltInCases() throws {
        let text = """
            === case own-1 ===
            verdict: threat_based
            facts: customer_found=yes our_fault=no demand=yes abusive=no
            review: Refund me or this review stays.
            context: You find the order.
            note: A demand.
            """
        let library = try CaseLibrary(text: text, file: "own.txt", catalog: shippedCatalog())
        #expect(library.cases.map(\.id) == ["own-1"])
    }

    @Test func anUnknownPackNameIsAnErrorListingThePacks() {
        #expect(throws: CaseLibraryError.unknownPack("dentist", known: ["builtin", "healthcare", "hotel", "restaurant", "retail", "trades"])) {
            try CaseLibrary(pack: "dentist", catalog: shippedCatalog())
        }
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
}
