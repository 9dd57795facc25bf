import CoachCore
import Testing

/// Advice to readers and a visit after all are not "never a customer" (P13's other side: a real
/// customer's strong words stay a genuine grievance).
@Suite struct NeverCustomerContradictionTests {
    func neverCustomer(_ review: String) -> Bool {
        SignalDetector.detect(in: review).contains { $0.kind == .neverCustomer }
    }

    @Test("Advice to readers is not never a customer", arguments: [
        "The food was cold. DO NOT GO HERE!", "Do not eat here.", "Rude staff. Do not stay here!",
        "Unless you like a loud thud every 20 seconds, do not stay here.",
    ])
    func adviceIsNotNeverCustomer(review: String) {
        #expect(!neverCustomer(review))
    }

    @Test("A visit after all is not never a customer", arguments: [
        "In retrospect, I'm happy I didn't order it because it would have been wrong.",
        "I wish I could go back in time and not eat here.",
    ])
    func aVisitAfterAllIsNotNeverCustomer(review: String) {
        #expect(!neverCustomer(review))
    }

    @Test("Saying so is still never a customer", arguments: [
        "Didn't even go in, the queue was enormous.", "I never eat here but my wife says it's bad.",
    ])
    func sayingSoIsStillNeverCustomer(review: String) {
        #expect(neverCustomer(review))
    }
}
