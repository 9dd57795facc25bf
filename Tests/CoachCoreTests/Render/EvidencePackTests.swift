import CoachCore
import Testing

/// The evidence pack in the saved report of a threat: what the platforms' report forms ask for.
@Suite struct EvidencePackTests {
    func report(_ review: String, profile: OwnerProfile = OwnerProfile()) -> String {
        var state = InterviewState(profile: profile)
        state.reviewLines = [review]
        state.signals = SignalDetector.detect(in: review)
        state.owner = OwnerFacts(customerFound: .no, ourFault: .no, demand: .yes, abusive: .no)
        state.step = .done
        return SessionReport(catalog: shippedCatalog()).markdown(for: state)
    }

    @Test func aThreatsReportEndsWithTheEvidencePack() {
        let md = report("Send $200 in gift cards to this number and we remove the one-star reviews.",
                        profile: OwnerProfile(business: "Bright Smile Dental", listings: ["https://maps.example/bright-smile"]))
        #expect(md.contains("## Evidence pack for the report"))
        #expect(md.contains("Bright Smile Dental"))
        #expect(md.contains("https://maps.example/bright-smile"))
        #expect(md.contains("### What they demanded"))
        #expect(md.contains("- [ ] The message with the demand, with its date and time"))
    }

    @Test func theReviewsTextCannotBecomeMarkdownInThePack() {
        let md = report("# Pay us\n[click](http://evil.example) or we post 10 more reviews. Send $100 by Zelle.")
        var fenced = false
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { fenced.toggle(); continue }
            if fenced { continue }
            #expect(!line.hasPrefix("# Pay us") && !line.contains("[click]("), "\(line)")
        }
    }

    @Test func aGenuineGrievancesReportHasNoPack() {
        var state = InterviewState()
        state.reviewLines = ["The soup was cold."]
        state.owner = OwnerFacts(customerFound: .yes, ourFault: .yes, demand: .no, abusive: .no)
        state.step = .done
        #expect(!SessionReport(catalog: shippedCatalog()).markdown(for: state).contains("Evidence pack"))
    }
}
