import CoachCore
import Testing

@Suite struct ShoutingDetectorTests {
    @Test func capitalWordsInARowAreShouting() {
        let s = SignalDetector.detect(in: "The steak was raw. WORST SERVICE EVER.").first { $0.kind == .shouting }
        #expect(s?.text == "WORST SERVICE EVER")
    }

    @Test func exclamationRunsAreShouting() {
        #expect(SignalTestSupport.has(.shouting, "Great food!! Terrible service"))
    }

    @Test func aLoneAcronymIsNotShouting() {
        #expect(!SignalTestSupport.has(.shouting, "I LOVED the BBQ at the USA pavilion"))
    }

    @Test func oneExclamationMarkIsNotShouting() {
        #expect(!SignalTestSupport.has(.shouting, "The BBQ was good!"))
    }

    @Test func shortCapitalWordsInsideAShoutedRunAreQuotedWithIt() {
        let s = SignalDetector.detect(in: "THIS PLACE IS A JOKE").first { $0.kind == .shouting }
        #expect(s?.text == "THIS PLACE IS A JOKE")
    }

    @Test func oneCapitalWordBetweenLowerCaseIsNotShouting() {
        #expect(!SignalTestSupport.has(.shouting, "Great food but SLOW service, the NHS staff were kind"))
    }

    @Test func exclamationRunsInOtherLanguagesAreShouting() {
        #expect(SignalTestSupport.has(.shouting, "La comida estaba fría. ¡¡Nunca más!!"))
    }
}
