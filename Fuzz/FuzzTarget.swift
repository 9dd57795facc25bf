// libFuzzer entry point for the text signal detector and the reply checker.
// Built by scripts/fuzz with `swiftc -sanitize=fuzzer,address` together with CoachCore's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTarget(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let signals = SignalDetector.detect(in: text)
    for signal in signals {
        // Every quoted span must be an exact piece of the input.
        precondition(text.contains(signal.text), "signal text is not a substring of the review")
    }
    let findings = ReplyChecker.check(text)
    for finding in findings {
        precondition(text.contains(finding.text), "finding text is not a substring of the reply")
    }
    return 0
}
