import CoachCore

/// Maps one line of `classify` input to its one line of output. Pure: no I/O.
public struct BatchClassifier: Sendable {
    public let catalog: PromptCatalog
    public let limits: Limits
    /// The owner profile for lines that bring none of their own (`--profile FILE`).
    public let profile: OwnerProfile
    private let renderer: EventRenderer

    public init(catalog: PromptCatalog, limits: Limits = Limits(), profile: OwnerProfile = OwnerProfile()) {
        self.catalog = catalog
        self.limits = limits
        self.profile = profile
        self.renderer = EventRenderer(catalog: catalog)
    }

    /// The outcome of one line.
    public enum Outcome: Sendable, Equatable {
        /// The line was blank and gives no output.
        case skipped
        case classified(ClassifyResponse)
        case failed(ClassifyErrorLine)

        /// Whether the line failed.
        public var failed: Bool {
            if case .failed = self { return true }
            return false
        }
    }

    /// Whether a line holds only whitespace (blank lines are skipped).
    public static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }

    /// Classifies one line (without its newline); `number` is its 1-based line number.
    public func classify(line: UnsafeBufferPointer<UInt8>, number: Int) -> Outcome {
        if Self.isBlank(line) { return .skipped }
        do {
            return .classified(respond(to: try ClassifyRequest.parse(line, limits: limits)))
        } catch {
            return .failed(ClassifyErrorLine(id: error.id, line: number, error: error.message))
        }
    }

    /// What `write` did with a line.
    public enum Written: Sendable, Equatable {
        /// The line was blank: nothing written.
        case skipped
        /// A response object was written.
        case classified
        /// An error object was written.
        case failed
    }

    /// Classifies one line and writes its output object into `json` (no newline), reusing the
    /// parts that depend only on facts and signal kinds from `cache`. The bytes are those of
    /// `classify(line:number:)`'s outcome, encoded; the tests hold the two paths together.
    public func write(
        line: UnsafeBufferPointer<UInt8>, number: Int, cache: inout ResponseCache, into json: inout JSONWriter
    ) -> Written {
        if Self.isBlank(line) { return .skipped }
        do {
            let request = try ClassifyRequest.parse(line, limits: limits)
            let signals = SignalDetector.detect(in: request.review)
            let make = { ResponseTemplate(assessment: assess(request, signals: signals), renderer: renderer) }
            // The cached templates hold the run's profile: a line with its own is assessed whole.
            // The cached templates hold the run's profile and default reply inputs: a line with its
            // own is assessed whole. The key holds the claims' categories, which choose the reply.
            let claims = ClaimFinder.shipped.claims(in: request.review)
            let cacheable = request.profile == nil && request.replyInputs.isDefault
            let template = cacheable ? cache.template(for: request, signals: signals, claims: claims, make: make) : make()
            template.write(id: request.id, signals: signals, claims: claims, renderer: renderer, into: &json)
            return .classified
        } catch {
            ClassifyErrorLine(id: error.id, line: number, error: error.message).encode(into: &json)
            return .failed
        }
    }

    /// Classifies one line given as text.
    public func classify(line: String, number: Int) -> Outcome {
        var line = line
        return line.withUTF8 { classify(line: $0, number: number) }
    }

    /// The response for a parsed request: signals from the text, the owner's facts, default reply details.
    public func respond(to request: ClassifyRequest) -> ClassifyResponse {
        respond(to: request, signals: SignalDetector.detect(in: request.review))
    }

    private func respond(to request: ClassifyRequest, signals: [Signal]) -> ClassifyResponse {
        ClassifyResponse(id: request.id, assessment: assess(request, signals: signals), renderer: renderer)
    }

    /// The assessment for a parsed request.
    public func assess(_ request: ClassifyRequest) -> Assessment {
        assess(request, signals: SignalDetector.detect(in: request.review))
    }

    private func assess(_ request: ClassifyRequest, signals: [Signal]) -> Assessment {
        let profile = request.profile ?? self.profile
        let inputs = request.replyInputs
        let details = ReplyDetails(Dictionary(uniqueKeysWithValues: ReplyDetail.allCases.compactMap { detail in
            (inputs.details[detail] ?? profile[detail]).map { (detail, $0) }
        }))
        return Assessment(signals: signals, owner: request.owner, details: details, catalog: catalog, industry: profile.industry,
                          review: request.review, answers: inputs.answers.map { .given($0) } ?? .fromOwnerFault(note: nil),
                          channel: inputs.channel)
    }

    /// The output line for a line that is too long to read (its id cannot be known).
    public func lineTooLong(number: Int, maxBytes: Int) -> ClassifyErrorLine {
        ClassifyErrorLine(
            id: nil, line: number,
            error: "the line is longer than \(maxBytes) bytes, so it was not read; a review may hold at most \(limits.reviewBytes) bytes: shorten it or split it"
        )
    }
}
