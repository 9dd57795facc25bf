import CoachCore
import Testing

@Suite struct SpecificDetailDetectorTests {
    static let details: [(review: String, quote: String)] = [
        ("We came on March 3rd and waited.", "on March 3rd"),
        ("Dinner at 7pm was a mess.", "at 7pm"),
        ("Our table was ready at 7:30.", "at 7:30"),
        ("Order #4512 never arrived.", "Order #4512"),
        ("I had booking 99231 for two nights.", "booking 99231"),
        ("Our waiter, Tom, was rude.", "waiter, Tom"),
        ("A guy named Dave served us.", "guy named Dave"),
        ("Last Tuesday the place was empty.", "Last Tuesday"),
        ("On 12/04/2024 the heating was off.", "On 12/04/2024"),
        ("We arrived around 8 p.m. and nobody was there.", "around 8 p.m"),
        ("Visited on the 5th of June with my family.", "5th of June"),
        ("Booked for 8:00 PM on Saturday night.", "8:00 PM"),
        ("Booked for 8:00 PM on Saturday night.", "on Saturday night"),
        ("Our server Maria was lovely but the kitchen was slow.", "server Maria"),
        ("Ticket number 558812, still no reply.", "Ticket number 558812"),
    ]

    static let noDetails: [String] = [
        "I'd rate it 1/10, 0/5.",
        "It cost $3.50 and we waited 3-4 hours.",
        "We may come back in March.",
        "The food was cold and the staff rude.",
        "The bill came to £85.40 for two.",
        "We waited 45 minutes.",
        "Room was 10/10, staff were lovely.",
    ]

    @Test("Dates, times, order numbers and names are quoted", arguments: details)
    func detailIsQuoted(_ row: (review: String, quote: String)) {
        let quotes = SignalDetector.detect(in: row.review).filter { $0.kind == .specificDetail }.map(\.text)
        #expect(quotes.contains(row.quote))
    }

    @Test("Ratings, prices and month names alone are not details", arguments: noDetails)
    func nearMissDoesNotFire(_ review: String) {
        #expect(!SignalTestSupport.has(.specificDetail, review))
    }
}
