/// Finds specific details that point to a real visit: dates ("on March 3rd", "3 March",
/// "last Tuesday", "12/04/2024"), times ("at 7pm", "7:30", "7 p.m."), order, booking and receipt
/// numbers ("order #4512", "booking 99231", "room 204") and staff names ("our waiter, Tom",
/// "a guy named Dave"). Each detail is quoted on its own, not its whole sentence.
///
/// Ratings written as fractions ("1/10", "0/5") and prices ("3.50") are not dates; a month name
/// needs a day number next to it ("may", "march" are verbs too).
enum SpecificDetailDetector {
    private static let lead: Set<UInt64> = Set(["on", "at", "last", "this", "next", "past", "around", "about", "since", "by", "until"].map(WordHash.of))
    private static let partsOfDay: Set<UInt64> = Set(["night", "evening", "morning", "afternoon", "lunch", "lunchtime", "dinner", "brunch", "breakfast", "noon"].map(WordHash.of))
    private static let last: UInt64 = 0x0456d2ad905847d9  // "last"
    private static let of: UInt64 = 0x08b06007b5567108  // "of"
    private static let night: UInt64 = 0x4f77b2414b2c8001  // "night"
    private static let am: UInt64 = 0x089c3707b5458253  // "am"
    private static let pm: UInt64 = 0x08d53b07b5754e66  // "pm"
    private static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    private static let p: UInt64 = 0xaf63ed4c8602096f  // "p"
    private static let m: UInt64 = 0xaf63e04c8601f358  // "m"
    private static let oclock: UInt64 = 0x7aa9791c016d889f  // "o'clock"
    private static let oclock2: UInt64 = 0x1bb5bbbd09932a10  // "oclock"
    private static let connectors: Set<UInt64> = Set(["number", "no", "num", "nr", "id", "is", "was", "ref", "reference", "code"].map(WordHash.of))
    private static let twoDigitIDs: Set<UInt64> = Set(["table", "room", "flight"].map(WordHash.of))
    private static let named: Set<UInt64> = Set(["named", "called"].map(WordHash.of))
    private static let ratingDenominators: Set<UInt64> = Set(["5", "10", "100", "05"].map(WordHash.of))

    private static let interesting: WordClass = [.month, .weekday, .relativeDay, .idNoun, .role]

    static func detect(_ t: ReviewText, into out: inout [Signal]) {
        var lastEnd = -1
        let n = t.tokenCount
        var k = 0
        while k < n {
            if t.tok[k].start < lastEnd { k += 1; continue }
            if t.tok[k].cls.isDisjoint(with: interesting) && !t.tok[k].shape.contains(.hasDigit) && t.tok[k].hash != last {
                k += 1
                continue
            }
            if let (a, b) = match(t, k), a <= b {
                var a = a
                if a > 0 && a == k && lead.contains(t.tok[a - 1].hash) && t.sameSentence(a - 1, a) { a -= 1 }
                if let sig = t.tokenSignal(.specificDetail, tokens: a, b) {
                    out.append(sig)
                    lastEnd = t.tok[b].end
                }
                k = b + 1
                continue
            }
            k += 1
        }
    }

    /// The token range of a detail starting at (or just around) token `k`.
    static func match(_ t: ReviewText, _ k: Int) -> (Int, Int)? {
        let c = t.tok[k].cls
        let sh = t.tok[k].shape
        let n = t.tokenCount
        @inline(__always) func adjacent(_ x: Int) -> Bool { x >= 0 && x < n && t.sameSentence(min(x, k), max(x, k)) }

        // Month with a day: "March 3rd", "3 March", "3rd of March", "March 3, 2024".
        if c.contains(.month) {
            if adjacent(k + 1) && isDay(t, k + 1) {
                var b = k + 1
                if adjacent(k + 2) && isYear(t, k + 2) { b = k + 2 }
                return (k, b)
            }
            if adjacent(k + 1) && isYear(t, k + 1) && t.tok[k].shape.contains(.titleCase) { return (k, k + 1) }
            return nil
        }
        if isDay(t, k) {
            if adjacent(k + 1) && t.has(k + 1, .month) { return (k, k + 1) }
            if adjacent(k + 2) && t.tok[k + 1].hash == of && t.has(k + 2, .month) { return (k, k + 2) }
        }
        // Weekdays (full names; abbreviations only when capitalised and before a number).
        if c.contains(.weekday) && t.tok[k].end - t.tok[k].start >= 6 {
            var b = k
            if adjacent(k + 1) && partsOfDay.contains(t.tok[k + 1].hash) { b = k + 1 }
            return (k, b)
        }
        if c.contains(.relativeDay) && t.tok[k].hash != 0xa411597d0674521e /* today */ { return (k, k) }
        if t.tok[k].hash == last && adjacent(k + 1) && (t.tok[k + 1].hash == night || t.has(k + 1, .weekday)) { return (k, k + 1) }

        // Numbers: times, numeric dates, order numbers after '#'.
        if sh.contains(.hasDigit) {
            if let r = time(t, k) { return r }
            if let r = numericDate(t, k) { return r }
            if t.byteBefore(k) == 0x23 && digitCount(t, k) >= 3 {  // #4512
                var a = k
                if k > 0 && adjacent(k - 1) && t.has(k - 1, .idNoun) { a = k - 1 }
                return (a, k)
            }
        }
        // "order #4512", "booking 99231", "reservation number 5521", "room 204".
        if c.contains(.idNoun) {
            var j = k + 1
            while j < min(n, k + 3) && adjacent(j) && connectors.contains(t.tok[j].hash) { j += 1 }
            if adjacent(j) && t.tok[j].shape.contains(.hasDigit) {
                let need = twoDigitIDs.contains(t.tok[k].hash) ? 2 : 3
                let rating = t.byteAfter(j) == 0x2F  // "room was 10/10"
                if digitCount(t, j) >= need && !rating && numericDate(t, j) == nil && time(t, j) == nil { return (k, j) }
            }
        }
        // Staff names: "our waiter, Tom", "server Jessica", "a guy named Dave".
        if c.contains(.role) && adjacent(k + 1) {
            let j = k + 1
            if isName(t, j) {
                let between = t.bytes[t.tok[k].end..<t.tok[j].start]
                let plain = between.allSatisfy { $0 == 0x20 || $0 == 0x2C }
                if plain && (named.contains(t.tok[k].hash) || between.count <= 3) {
                    var b = j
                    if adjacent(j + 1) && isName(t, j + 1) && t.tok[j + 1].start == t.tok[j].end + 1 { b = j + 1 }
                    // "a guy named Dave": quote the person with the name.
                    if named.contains(t.tok[k].hash) && adjacent(k - 1) && t.has(k - 1, [.role, .person]) { return (k - 1, b) }
                    return (k, b)
                }
            }
        }
        return nil
    }

    static func digitCount(_ t: ReviewText, _ k: Int) -> Int {
        var d = 0
        var i = t.tok[k].start
        let e = t.tok[k].end
        while i < e { if t.bytes[i] >= 0x30 && t.bytes[i] <= 0x39 { d += 1 }; i += 1 }
        return d
    }

    /// "3", "3rd", "21st": a day of the month.
    static func isDay(_ t: ReviewText, _ k: Int) -> Bool {
        guard t.tok[k].shape.contains(.hasDigit) else { return false }
        let s = t.tok[k].start, e = t.tok[k].end
        var i = s, v = 0
        while i < e && t.bytes[i] >= 0x30 && t.bytes[i] <= 0x39 && i - s < 3 { v = v * 10 + Int(t.bytes[i] - 0x30); i += 1 }
        guard i > s, i - s <= 2, v >= 1, v <= 31 else { return false }
        if i == e { return true }
        guard e - i == 2 else { return false }
        let x = t.bytes[i] | 0x20, y = t.bytes[i + 1] | 0x20
        return (x == 0x73 && y == 0x74) || (x == 0x6E && y == 0x64) || (x == 0x72 && y == 0x64) || (x == 0x74 && y == 0x68)
    }

    static func isYear(_ t: ReviewText, _ k: Int) -> Bool {
        guard t.tok[k].shape.contains(.allDigits), t.tok[k].end - t.tok[k].start == 4 else { return false }
        let b = t.bytes[t.tok[k].start], b1 = t.bytes[t.tok[k].start + 1]
        return (b == 0x31 && b1 == 0x39) || (b == 0x32 && b1 == 0x30)
    }

    /// "7pm", "7 pm", "7 p.m.", "7:30", "19:45", "7 o'clock".
    static func time(_ t: ReviewText, _ k: Int) -> (Int, Int)? {
        let s = t.tok[k].start, e = t.tok[k].end, b = t.bytes, n = t.tokenCount
        // 7pm / 730am
        if e - s >= 3 && e - s <= 6 {
            let x = b[e - 2] | 0x20, y = b[e - 1] | 0x20
            if (x == 0x61 || x == 0x70) && y == 0x6D {
                var i = s
                while i < e - 2 && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                if i == e - 2 { return (k, k) }
            }
        }
        guard t.tok[k].shape.contains(.allDigits), e - s <= 2 else { return nil }
        // 7:30
        if e < b.count && b[e] == 0x3A && k + 1 < n && t.tok[k + 1].start == e + 1
            && t.tok[k + 1].shape.contains(.allDigits) && t.tok[k + 1].end - t.tok[k + 1].start == 2
        {
            var last = k + 1
            if k + 2 < n && t.sameSentence(k, k + 2) && (t.tok[k + 2].hash == am || t.tok[k + 2].hash == pm) { last = k + 2 }
            return (k, last)
        }
        guard k + 1 < n, t.sameSentence(k, k + 1) else { return nil }
        let h1 = t.tok[k + 1].hash
        if h1 == pm || h1 == oclock || h1 == oclock2 { return (k, k + 1) }
        if h1 == am && t.tok[k + 1].start - e <= 1 && !(k + 2 < n && t.has(k + 2, .future)) { return (k, k + 1) }
        if (h1 == a || h1 == p) && t.byteAfter(k + 1) == 0x2E && k + 2 < n && t.tok[k + 2].hash == m { return (k, k + 2) }
        return nil
    }

    /// "12/04", "12/04/2024", "2024-03-05", "03.05.2024"; not ratings such as "1/10".
    static func numericDate(_ t: ReviewText, _ k: Int) -> (Int, Int)? {
        let n = t.tokenCount, b = t.bytes
        guard t.tok[k].shape.contains(.allDigits) else { return nil }
        var parts = 1, j = k
        var sep: UInt8 = 0
        while parts < 3 && j + 1 < n {
            let e = t.tok[j].end
            guard e < b.count, t.tok[j + 1].start == e + 1, t.tok[j + 1].shape.contains(.allDigits) else { break }
            let s = b[e]
            guard s == 0x2F || s == 0x2D || s == 0x2E, sep == 0 || s == sep else { break }
            sep = s
            parts += 1
            j += 1
        }
        guard parts >= 2 else { return nil }
        let len0 = t.tok[k].end - t.tok[k].start, len1 = t.tok[k + 1].end - t.tok[k + 1].start
        if parts == 2 {
            guard sep == 0x2F, len0 <= 2, len1 <= 2, !ratingDenominators.contains(t.tok[k + 1].hash) else { return nil }
            guard t.byteBefore(k) != 0x2F else { return nil }
        } else {
            guard len0 == 4 || t.tok[j].end - t.tok[j].start == 4 || t.tok[j].end - t.tok[j].start == 2 else { return nil }
        }
        return (k, j)
    }

    /// A capitalised word that could be a first name.
    static func isName(_ t: ReviewText, _ k: Int) -> Bool {
        guard t.tok[k].shape.contains(.titleCase) else { return false }
        let c = t.tok[k].cls
        return c.isDisjoint(with: [.notName, .month, .weekday, .platform, .person, .role])
    }
}
