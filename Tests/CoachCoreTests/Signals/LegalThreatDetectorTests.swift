import CoachCore
import Testing

@Suite struct LegalThreatDetectorTests {
    static let threats: [String] = [
        "I will sue you.",
        "My lawyer will be in touch.",
        "I'm taking you to small claims court.",
        "I will call my lawyer.",
        "You will be hearing from my attorney.",
        "See you in court.",
        "I'm considering legal action.",
        "We have contacted our solicitor about this.",
        "I'm going to get my solicitor involved.",
        "Expect a letter from my lawyer.",
        "I will take legal action if not resolved.",
        "Lawsuit incoming.",
        "My attorney has been notified.",
        "I'll be seeing you in court.",
        "I am getting an attorney and suing for the deposit.",
    ]

    static let notThreats: [String] = [
        "The food court was dirty.",
        "My lawyer friend recommended this place.",
        "They threatened to sue me over my review.",
        "I'm not going to sue, but I want an apology.",
        "I'm reporting you to the BBB and the health department.",
        "The tennis court next door was noisy.",
        "I work as a lawyer and I was shocked.",
        "Even my attorney couldn't believe it.",
        "We will be disputing the charge with our credit card company.",
        "The lawyer next to us was loud.",
        "I called ahead, and Sue did my nails beautifully.",
    ]

    @Test("A threat of legal action fires", arguments: threats)
    func legalThreatFires(_ review: String) {
        #expect(SignalTestSupport.has(.legalThreat, review))
    }

    @Test("A legal word without a threat by the writer does not fire", arguments: notThreats)
    func nearMissDoesNotFire(_ review: String) {
        #expect(!SignalTestSupport.has(.legalThreat, review))
    }
}
